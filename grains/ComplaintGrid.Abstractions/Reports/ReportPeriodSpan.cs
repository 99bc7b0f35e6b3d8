namespace ComplaintGrid;

/// <summary>One period of a report: whole local days in the report's time zone, and the instants they begin and end at.</summary>
/// <param name="Start">Its first local day.</param>
/// <param name="End">Its last local day (inclusive).</param>
/// <param name="StartsAt">The instant its first day begins.</param>
/// <param name="EndsAt">The instant the day after its last begins (exclusive).</param>
public sealed record ReportPeriodSpan(DateOnly Start, DateOnly End, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
