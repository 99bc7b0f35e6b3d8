using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class RejectRemedyCommand
{
    public static Command Create()
    {
        var supervisor = CliOptions.Text("--supervisor", "The rejecting supervisor; not the proposer.");
        var reason = CliOptions.Text("--reason", "Why; the complaint returns to Investigating.");
        return ComplaintAction.Create("reject-remedy", "Reject a remedy awaiting approval.", [supervisor, reason],
            (c, id) => c.Client.RejectRemedy(id, new RejectRemedy(c.Get(supervisor)!, c.Get(reason)!), c.Cancellation));
    }
}
