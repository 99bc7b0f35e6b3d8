using NodaTime;

namespace ComplaintGrid;

/// <summary>The rules every report's date range, time zone and departments follow, in one place for every report query.</summary>
public static class ReportRange
{
    /// <summary>The time zone a report is in when the caller names none.</summary>
    public const string DefaultTimeZone = "UTC";

    /// <summary>The most days one report may span (a leap year): longer spans are asked for a year at a time.</summary>
    public const int MaximumDays = 366;

    /// <summary>Adds to <paramref name="check"/> every rule the range breaks, naming the parameter as the HTTP API does.</summary>
    public static RuleCheck Check(RuleCheck check, DateOnly from, DateOnly to, string? timeZone, IReadOnlyList<string>? departmentIds)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (from > to)
            check.Fail(ErrorCodes.OutOfRange, "from", "from must not be after to.");
        else if (to.DayNumber - from.DayNumber + 1 > MaximumDays)
            check.Fail(ErrorCodes.OutOfRange, "to", $"from and to may span at most {MaximumDays} days; report a longer span a year at a time.");
        if (string.IsNullOrWhiteSpace(timeZone) || Zone(timeZone) is null)
            check.Fail(ErrorCodes.UnknownValue, "timeZone", "timeZone must be an IANA time zone id, like UTC or Europe/London.");
        foreach (var department in departmentIds ?? [])
            check.Identifier("departmentId", department);
        return check;
    }

    /// <summary>The IANA time zone <paramref name="id"/> names, or null when the time zone database has none by that id.</summary>
    public static DateTimeZone? Zone(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
}
