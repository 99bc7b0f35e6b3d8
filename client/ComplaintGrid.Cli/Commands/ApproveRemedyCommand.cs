using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class ApproveRemedyCommand
{
    public static Command Create()
    {
        var supervisor = CliOptions.Text("--supervisor", "The approving supervisor; not the proposer.");
        var note = CliOptions.Text("--note", "A note for the record.", required: false);
        return ComplaintAction.Create("approve-remedy", "Approve a remedy awaiting approval.", [supervisor, note],
            (c, id) => c.Client.ApproveRemedy(id, new ApproveRemedy(c.Get(supervisor)!, c.Get(note)), c.Cancellation));
    }
}
