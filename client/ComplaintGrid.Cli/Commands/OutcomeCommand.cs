using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class OutcomeCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The customer id, for example cust-1042." };
        var outcome = CliOptions.Enum<CustomerOutcome>("--outcome", "What the customer did.", required: true);
        var at = new Option<DateTimeOffset?>("--at") { Description = "When they did it (ISO 8601); now when left out." };
        return new Command("outcome", "Record what a customer did (stayed, left, downgraded), for fitting the churn model.") { id, outcome, at }
            .WithAction(async c => c.Output.Write(
                await c.Client.RecordOutcome(c.Get(id), new RecordCustomerOutcome(c.Get(outcome), c.Get(at)), c.Cancellation), Print));
    }

    private static void Print(TextWriter w, CustomerOutcomeRecord r) =>
        w.WriteLine($"{r.CustomerId}  {r.Outcome} at {TextFormat.Time(r.At)}, recorded with churn risk {TextFormat.Number(r.ScoreAtRecording, "0.00")} (model {r.ModelVersion})");
}
