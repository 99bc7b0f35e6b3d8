using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class CloseCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var lessons = CliOptions.Text("--lessons", "What was learnt; required for a resolved complaint.", required: false);
        var prevention = CliOptions.Text("--prevention-action", "What prevents a recurrence; required for a resolved complaint.", required: false);
        var verification = CliOptions.Text("--verification", "8D D6 verification; required for product quality.", required: false);
        return ComplaintAction.Create("close", "Close a resolved or not-upheld complaint with its evaluation.", [actor, lessons, prevention, verification],
            (c, id) => c.Client.Close(id, new CloseComplaint(c.Get(actor)!, c.Get(lessons), c.Get(prevention), c.Get(verification)), c.Cancellation));
    }
}
