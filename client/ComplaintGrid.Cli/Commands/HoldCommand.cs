using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class HoldCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var reason = CliOptions.Text("--reason", "What is awaited from the customer.");
        return ComplaintAction.Create("hold", "Put a complaint on hold while waiting on the customer (every clock pauses).", [actor, reason],
            (c, id) => c.Client.PutOnHold(id, new PutOnHold(c.Get(actor)!, c.Get(reason)!), c.Cancellation));
    }
}
