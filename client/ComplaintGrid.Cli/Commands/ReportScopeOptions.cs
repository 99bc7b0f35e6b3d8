using System.CommandLine;
using System.Globalization;

namespace ComplaintGrid.Cli.Commands;

/// <summary>The options both reports take: the local date range, its time zone, the departments and CSV output.</summary>
internal sealed class ReportScopeOptions
{
    public Option<string> From { get; } = CliOptions.Text("--from", "First local day, like 2026-11-01.");

    public Option<string> To { get; } = CliOptions.Text("--to", $"Last local day (inclusive), at most {ReportRange.MaximumDays} days from --from.");

    public Option<string> TimeZone { get; } = new("--time-zone")
    {
        Description = "IANA time zone the days are in, like Europe/London.",
        DefaultValueFactory = _ => ReportRange.DefaultTimeZone,
    };

    public Option<string[]> Departments { get; } = new("--department")
    {
        Description = "Only this department (repeatable); default every department.",
        DefaultValueFactory = _ => [],
    };

    public Option<bool> Csv { get; } = new("--csv") { Description = "Write RFC 4180 CSV (the HTTP API's format=csv) instead of a table." };

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(TimeZone);
        command.Options.Add(Departments);
        command.Options.Add(Csv);
    }

    /// <summary>The range and departments; a malformed date is refused naming the HTTP API's parameter, as the query's own rules are.</summary>
    public (DateOnly From, DateOnly To, string TimeZone, IReadOnlyList<string>? Departments) Read(ParseResult parse)
    {
        var departments = parse.GetValue(Departments);
        return (Date(parse.GetValue(From), "from"), Date(parse.GetValue(To), "to"), parse.GetValue(TimeZone) ?? ReportRange.DefaultTimeZone,
            departments is { Length: > 0 } ? departments : null);
    }

    private static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ComplaintGridException(ErrorCodes.InvalidText, field, $"{field} must be a local date like 2026-11-01.");
}
