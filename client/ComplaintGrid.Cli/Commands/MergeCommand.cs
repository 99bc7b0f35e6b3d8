using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class MergeCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var duplicates = new Option<string[]>("--duplicate")
        {
            Description = "A complaint of the same customer to close as a duplicate of this one; repeat for more.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var reason = CliOptions.Text("--reason", "Why they are one complaint; shown on each duplicate's timeline.", required: false);
        return ComplaintAction.Create("merge", "Merge the same customer's duplicate complaints into this one: each is closed as a duplicate, its customer told.",
            [actor, duplicates, reason],
            (c, id) => c.Client.MergeDuplicates(id, new MergeDuplicates(c.Get(actor)!, c.Get(duplicates) ?? [], c.Get(reason)), c.Cancellation));
    }
}
