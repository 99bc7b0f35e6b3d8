using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class ResolveCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var message = CliOptions.Text("--customer-message", "What the customer is told.");
        return ComplaintAction.Create("resolve", "Resolve an implementing complaint: the customer is told.", [actor, message],
            (c, id) => c.Client.Resolve(id, new ResolveComplaint(c.Get(actor)!, c.Get(message)!), c.Cancellation));
    }
}
