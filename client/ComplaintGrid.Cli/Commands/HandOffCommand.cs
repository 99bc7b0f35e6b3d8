using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class HandOffCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var to = CliOptions.Text("--to", "The department taking the complaint over.");
        var reason = CliOptions.Text("--reason", "Why it moves; the second hand-off flags ping-pong.");
        return ComplaintAction.Create("hand-off", "Hand an assigned or investigating complaint to another department.", [actor, to, reason],
            (c, id) => c.Client.HandOff(id, new HandOffComplaint(c.Get(actor)!, c.Get(to)!, c.Get(reason)!), c.Cancellation));
    }
}
