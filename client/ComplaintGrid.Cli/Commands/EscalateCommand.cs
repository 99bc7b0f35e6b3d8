using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class EscalateCommand
{
    public static Command Create()
    {
        var requestedBy = new Option<string>("--requested-by") { Description = "Who asks.", DefaultValueFactory = _ => "customer" };
        var reason = CliOptions.Text("--reason", "Why the customer asks for escalation.");
        return ComplaintAction.Create("escalate", "The customer asks for escalation: one level up.", [requestedBy, reason],
            (c, id) => c.Client.RequestEscalation(id, new RequestEscalation(c.Get(requestedBy)!, c.Get(reason)!), c.Cancellation));
    }
}
