using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class StartInvestigationCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var owner = CliOptions.Text("--owner", "The agent who owns the investigation.");
        return ComplaintAction.Create("start-investigation", "Start investigating an assigned complaint.", [actor, owner],
            (c, id) => c.Client.StartInvestigation(id, new StartInvestigation(c.Get(actor)!, c.Get(owner)!), c.Cancellation));
    }
}
