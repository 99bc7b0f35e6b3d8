using System.CommandLine;

namespace ComplaintGrid.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var customer = CliOptions.Text("--customer", "Only this customer's complaints.", required: false);
        var reference = CliOptions.Text("--reference", "Only complaints with exactly this order, product or employee reference.", required: false);
        var status = CliOptions.Enum<ComplaintStatus?>("--status", "Only complaints in this status.");
        var department = CliOptions.Text("--department", "Only complaints now in this department.", required: false);
        var category = CliOptions.Enum<Category?>("--category", "Only this category.");
        var severity = CliOptions.Enum<Severity?>("--severity", "Only this severity.");
        var cause = CliOptions.Enum<Cause?>("--cause", "Only complaints assessed with this cause.");
        var from = new Option<DateTimeOffset?>("--from") { Description = "Filed at or after this time (ISO 8601, UTC unless it says otherwise)." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Filed before this time (at most a year after --from)." };
        // -q as in the HTTP API's parameter, which refusals name.
        var text = new Option<string>("--text", "-q") { Description = "Words the complaint's text must all contain." };
        var limit = new Option<int>("--limit") { Description = $"Complaints on the page (1-{ComplaintSearchQuery.MaximumLimit}).", DefaultValueFactory = _ => ComplaintSearchQuery.DefaultLimit };
        var after = CliOptions.Text("--after", "The last complaint id of the previous page.", required: false);
        var command = new Command("search", "Search the complaint history, closed complaints included, newest filing first (needs a durable storage profile).")
        {
            customer, reference, status, department, category, severity, cause, from, to, text, limit, after,
        };
        ComplaintSearchQuery Query(ParseResult p)
        {
            var departmentId = p.GetValue(department);
            return new ComplaintSearchQuery(p.GetValue(customer), p.GetValue(reference), p.GetValue(status), departmentId is null ? null : [departmentId],
                p.GetValue(category), p.GetValue(severity), p.GetValue(cause), p.GetValue(from)?.ToUniversalTime(), p.GetValue(to)?.ToUniversalTime(),
                p.GetValue(text), p.GetValue(limit), p.GetValue(after));
        }

        return command.WithAction(
            async c => c.Output.Write(await c.Client.Search(Query(c.Parse), c.Cancellation), Print),
            checkFirst: p => Query(p).Check(new RuleCheck()).ThrowIfAny());
    }

    private static void Print(TextWriter w, ComplaintSearchPage page)
    {
        if (page.Items.Count == 0)
        {
            w.WriteLine("No complaints found.");
            return;
        }
        TextTable.Write(w, ["complaint", "status", "department", "category", "severity", "cause", "customer", "reference", "filed", "closed"],
            page.Items.Select(h => (IReadOnlyList<string>)[h.ComplaintId, h.Status.ToString(), h.DepartmentId, h.Category.ToString(), h.Severity.ToString(),
                TextFormat.Text(h.Cause?.ToString()), h.CustomerId, TextFormat.Text(h.Reference), TextFormat.Time(h.FiledAt), TextFormat.Time(h.ClosedAt)]));
        w.WriteLine(page.HasMore ? $"{page.Items.Count} shown; more with --after {page.Items[^1].ComplaintId}." : $"{page.Items.Count} found.");
    }
}
