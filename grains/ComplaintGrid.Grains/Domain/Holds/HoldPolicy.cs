using System.Globalization;

namespace ComplaintGrid.Domain.Holds;

/// <summary>The longest a complaint of each severity may stay on hold.</summary>
public sealed class HoldPolicy(HoldOptions options)
{
    /// <summary>docs/domain.md's defaults, for rules built without configuration.</summary>
    public static HoldPolicy Standard { get; } = new(new HoldOptions());

    public TimeSpan LongestFor(Severity severity) =>
        options.Longest.TryGetValue(severity, out var configured) ? configured : HoldOptions.StandardFor(severity);

    /// <summary>A longest hold as a timeline says it: "7 days", "36 hours", "90 minutes".</summary>
    public static string Describe(TimeSpan span) =>
        span.Ticks % TimeSpan.TicksPerDay == 0 ? Plural(span.Days, "day")
        : span.Ticks % TimeSpan.TicksPerHour == 0 ? Plural((int)span.TotalHours, "hour")
        : Plural((int)Math.Ceiling(span.TotalMinutes), "minute");

    private static string Plural(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
