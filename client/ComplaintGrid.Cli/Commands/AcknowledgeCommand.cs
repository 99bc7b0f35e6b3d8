using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class AcknowledgeCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var message = CliOptions.Text("--message", "What the customer is told.");
        return ComplaintAction.Create("acknowledge", "Acknowledge a received complaint (stops the first-response clock).", [actor, message],
            (c, id) => c.Client.Acknowledge(id, new AcknowledgeComplaint(c.Get(actor)!, c.Get(message)!), c.Cancellation));
    }
}
