using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class FeedbackCommand
{
    public static Command Create()
    {
        var satisfied = new Option<bool>("--satisfied") { Description = "Whether the customer is satisfied (true or false); false reopens.", Required = true };
        var comment = CliOptions.Text("--comment", "The customer's words.", required: false);
        return ComplaintAction.Create("feedback", "Record the customer's feedback on a resolved complaint.", [satisfied, comment],
            (c, id) => c.Client.RecordFeedback(id, new RecordFeedback(c.Get(satisfied), c.Get(comment)), c.Cancellation));
    }
}
