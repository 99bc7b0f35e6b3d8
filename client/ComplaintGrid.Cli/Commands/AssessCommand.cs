using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class AssessCommand
{
    public static Command Create()
    {
        var actor = CliOptions.Actor();
        var upheld = new Option<bool>("--upheld") { Description = "Whether the complaint is upheld (true or false).", Required = true };
        var type = CliOptions.Enum<ComplaintType>("--type", "What kind of complaint it is.", required: true);
        var cause = CliOptions.Enum<Cause>("--cause", "Where the dissatisfaction comes from.", required: true);
        var overtWants = CliOptions.Text("--overt-wants", "What the customer says they want.", required: false);
        var wants = CliOptions.EnumList<UnderlyingWant>("--want", "What the customer needs beneath the demand (repeatable).");
        var explanation = CliOptions.Text("--explanation", "For the customer, required when not upheld.", required: false);
        return ComplaintAction.Create("assess", "Assess an acknowledged complaint: upheld or not, type and cause.",
            [actor, upheld, type, cause, overtWants, wants, explanation],
            (c, id) => c.Client.Assess(id, new AssessComplaint(c.Get(actor)!, c.Get(upheld), c.Get(type), c.Get(cause),
                c.Get(overtWants), c.Get(wants) ?? [], c.Get(explanation)), c.Cancellation));
    }
}
