using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class ResumeCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        return ComplaintAction.Create("resume", "Resume a complaint on hold, back where it was.", [actor],
            (c, id) => c.Client.Resume(id, new ResumeComplaint(c.Get(actor)!), c.Cancellation));
    }
}
