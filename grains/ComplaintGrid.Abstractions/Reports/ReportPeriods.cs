using NodaTime;

namespace ComplaintGrid;

/// <summary>
/// Cuts a report's local date range into whole periods in its time zone: every day, ISO week (Monday first) or month
/// that overlaps the range, from its own first day, so the first and last periods may reach outside the range. A day
/// starts at its local midnight, or the first instant after it when a clock change skips midnight, so a day of a clock
/// change lasts 23 or 25 hours.
/// </summary>
public static class ReportPeriods
{
    /// <summary>The periods that overlap [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public static IReadOnlyList<ReportPeriodSpan> Cut(ReportPeriod period, DateOnly from, DateOnly to, string timeZone)
    {
        var zone = ReportRange.Zone(timeZone) ?? throw new ArgumentException($"'{timeZone}' is not an IANA time zone id.", nameof(timeZone));
        if (from > to)
            throw new ArgumentException("from must not be after to.", nameof(from));
        var periods = new List<ReportPeriodSpan>();
        var last = LocalDate.FromDateOnly(to);
        for (var start = PeriodStart(period, LocalDate.FromDateOnly(from)); start <= last;)
        {
            var next = period switch
            {
                ReportPeriod.Day => start.PlusDays(1),
                ReportPeriod.Week => start.PlusWeeks(1),
                ReportPeriod.Month => start.PlusMonths(1),
                _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a report period."),
            };
            periods.Add(new ReportPeriodSpan(start.ToDateOnly(), next.PlusDays(-1).ToDateOnly(), StartOf(zone, start), StartOf(zone, next)));
            start = next;
        }
        return periods;
    }

    /// <summary>The whole range as one span: from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    public static ReportPeriodSpan Whole(DateOnly from, DateOnly to, string timeZone)
    {
        var zone = ReportRange.Zone(timeZone) ?? throw new ArgumentException($"'{timeZone}' is not an IANA time zone id.", nameof(timeZone));
        var last = LocalDate.FromDateOnly(to);
        return new ReportPeriodSpan(from, to, StartOf(zone, LocalDate.FromDateOnly(from)), StartOf(zone, last.PlusDays(1)));
    }

    private static LocalDate PeriodStart(ReportPeriod period, LocalDate day) => period switch
    {
        ReportPeriod.Day => day,
        ReportPeriod.Week => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        ReportPeriod.Month => day.With(DateAdjusters.StartOfMonth),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a report period."),
    };

    private static DateTimeOffset StartOf(DateTimeZone zone, LocalDate day) => zone.AtStartOfDay(day).ToInstant().ToDateTimeOffset();
}
