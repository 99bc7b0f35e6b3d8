using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class FileCommand
{
    public static Command Create()
    {
        var customer = CliOptions.Text("--customer", "The customer id, for example cust-1042.");
        var channel = CliOptions.Enum<Channel>("--channel", "How the complaint came in.", required: true);
        var subject = CliOptions.Enum<SubjectKind>("--subject", "What it is about.", required: true);
        var reference = CliOptions.Text("--reference", "An order, product or employee reference.", required: false);
        var description = CliOptions.Text("--description", "The customer's complaint in their words.");
        var demand = CliOptions.Enum<Demand>("--demand", "What the customer asks for.", required: true);
        var category = CliOptions.Enum<Category>("--category", "The category; it picks the department.", required: true);
        var severity = CliOptions.Enum<Severity>("--severity", "How serious it is; it sets the deadlines.", required: true);
        // A new key files a new complaint; pass the caller's own ticket id to make a retried filing safe.
        var key = new Option<string>("--idempotency-key")
        {
            Description = "Filing twice with the same customer and key returns the first complaint (default: a new GUID).",
            DefaultValueFactory = _ => Guid.NewGuid().ToString("N"),
        };
        var command = new Command("file", "File a new complaint.") { customer, channel, subject, reference, description, demand, category, severity, key };
        return command.WithAction(async c =>
        {
            var filed = await c.Client.File(new FileComplaint(c.Get(customer)!, c.Get(channel), c.Get(subject), c.Get(reference),
                c.Get(description)!, c.Get(demand), c.Get(category), c.Get(severity), c.Get(key)!), c.Cancellation);
            c.Output.Write(filed, ComplaintText.Summary);
        });
    }
}
