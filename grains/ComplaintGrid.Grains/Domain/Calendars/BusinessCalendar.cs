using NodaTime;

namespace ComplaintGrid.Domain.Calendars;

/// <summary>
/// When a department is open: opening spans per weekday in its time zone, minus holidays. Pure and immutable, compiled
/// once per configured calendar (<see cref="BusinessCalendars"/>); clocks ask it how much open time lies between two
/// instants and which instant an amount of open time reaches, computed on demand rather than kept as interval lists.
/// </summary>
/// <remarks>
/// A span belongs to the day it starts on: a holiday closes the spans starting that day, including one running past
/// midnight. Local times map to instants leniently on the days the clocks change: a time the spring change skips
/// counts from the moment after the gap, and a time the autumn change repeats is its first occurrence; so a span over
/// a change is an hour shorter or longer in real time, and open time is always real time.
/// </remarks>
public sealed class BusinessCalendar
{
    // Spans by ISO day (Monday 1 … Sunday 7), each day's sorted by start; index 0 unused.
    private readonly OpeningSpan[][] _spans;
    private readonly LocalDate[] _holidays;
    private readonly Duration _weeklyOpen;

    /// <summary>Builds a calendar; the spans must not overlap (the options validator says where they do).</summary>
    public BusinessCalendar(string name, DateTimeZone zone, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>> hours, IEnumerable<LocalDate> holidays)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(holidays);
        Name = name;
        Zone = zone;
        _spans = new OpeningSpan[8][];
        _spans[0] = [];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            _spans[(int)day] = hours.TryGetValue(day, out var spans) ? [.. spans.OrderBy(s => s.StartMinute)] : [];
        _weeklyOpen = _spans.SelectMany(s => s).Aggregate(Duration.Zero, (sum, s) => sum + s.LocalLength);
        if (_weeklyOpen <= Duration.Zero)
            throw new ArgumentException($"Calendar '{name}' is never open.", nameof(hours));
        _holidays = holidays.Distinct().Order().ToArray();
    }

    /// <summary>The calendar's name in configuration.</summary>
    public string Name { get; }

    /// <summary>The time zone its hours and holidays are in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Open time in an ordinary week (no holiday, no change of the clocks).</summary>
    public TimeSpan WeeklyOpenTime => _weeklyOpen.ToTimeSpan();

    /// <summary>Whether <paramref name="date"/> is a holiday (no span starting that day opens).</summary>
    public bool IsHoliday(LocalDate date) => Array.BinarySearch(_holidays, date) >= 0;

    /// <summary>Whether the department is open at <paramref name="at"/>.</summary>
    public bool IsOpen(DateTimeOffset at) => OpenTimeBetween(at, at + TimeSpan.FromTicks(1)) > TimeSpan.Zero;

    /// <summary>The open intervals between <paramref name="from"/> and <paramref name="to"/>, clipped to them, in order.</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> OpenIntervals(DateTimeOffset from, DateTimeOffset to)
    {
        var a = Instant.FromDateTimeOffset(from);
        var b = Instant.FromDateTimeOffset(to);
        if (b <= a)
            yield break;
        for (var date = FirstDateTouching(a); date <= b.InZone(Zone).Date; date = date.PlusDays(1))
        {
            if (IsHoliday(date))
                continue;
            foreach (var span in _spans[(int)date.DayOfWeek])
            {
                var (start, end) = Interval(date, span);
                if (start < a) start = a;
                if (end > b) end = b;
                if (end > start)
                    yield return (start.ToDateTimeOffset(), end.ToDateTimeOffset());
            }
        }
    }

    /// <summary>The open time between <paramref name="from"/> and <paramref name="to"/> (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan OpenTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var a = Instant.FromDateTimeOffset(from);
        var b = Instant.FromDateTimeOffset(to);
        if (b <= a)
            return TimeSpan.Zero;
        var total = Duration.Zero;
        var last = b.InZone(Zone).Date;
        for (var date = FirstDateTouching(a); date <= last; date = date.PlusDays(1))
        {
            if (Period.DaysBetween(date, last) > DaysPerWeek && IsWholeOrdinaryWeek(date, a, b))
            {
                total += _weeklyOpen;
                date = date.PlusDays(DaysPerWeek - 1);
                continue;
            }
            if (IsHoliday(date))
                continue;
            foreach (var span in _spans[(int)date.DayOfWeek])
            {
                var (start, end) = Interval(date, span);
                if (start < a) start = a;
                if (end > b) end = b;
                if (end > start)
                    total += end - start;
            }
        }
        return total.ToTimeSpan();
    }

    /// <summary>
    /// The instant at which <paramref name="open"/> of open time has passed since <paramref name="from"/>: the close of a
    /// span when it is used up exactly there. A negative amount counts back (a clock already past its point).
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan open)
    {
        if (open == TimeSpan.Zero)
            return from;
        if (open < TimeSpan.Zero)
            return Subtract(from, open.Negate());
        var a = Instant.FromDateTimeOffset(from);
        var remaining = Duration.FromTimeSpan(open);
        // Ends: the weekly open time is positive and holidays are finite, so every week past the last holiday adds some.
        for (var date = FirstDateTouching(a); ; date = date.PlusDays(1))
        {
            if (remaining > _weeklyOpen && IsWholeOrdinaryWeek(date, a, Instant.MaxValue))
            {
                remaining -= _weeklyOpen;
                date = date.PlusDays(DaysPerWeek - 1);
                continue;
            }
            if (IsHoliday(date))
                continue;
            foreach (var span in _spans[(int)date.DayOfWeek])
            {
                var (start, end) = Interval(date, span);
                if (start < a) start = a;
                if (end <= start)
                    continue;
                if (end - start >= remaining)
                    return (start + remaining).ToDateTimeOffset();
                remaining -= end - start;
            }
        }
    }

    private DateTimeOffset Subtract(DateTimeOffset from, TimeSpan open)
    {
        var b = Instant.FromDateTimeOffset(from);
        var remaining = Duration.FromTimeSpan(open);
        for (var date = b.InZone(Zone).Date; ; date = date.PlusDays(-1))
        {
            if (IsHoliday(date))
                continue;
            var spans = _spans[(int)date.DayOfWeek];
            for (var i = spans.Length - 1; i >= 0; i--)
            {
                var (start, end) = Interval(date, spans[i]);
                if (end > b) end = b;
                if (end <= start)
                    continue;
                if (end - start >= remaining)
                    return (end - remaining).ToDateTimeOffset();
                remaining -= end - start;
            }
        }
    }

    private const int DaysPerWeek = 7;

    // The day before: a span of the day before may run past midnight into the instant's day.
    private LocalDate FirstDateTouching(Instant a) => a.InZone(Zone).Date.PlusDays(-1);

    private (Instant Start, Instant End) Interval(LocalDate date, OpeningSpan span)
    {
        var start = Zone.AtLeniently(date + span.Start).ToInstant();
        var end = Zone.AtLeniently((span.EndsNextDay ? date.PlusDays(1) : date) + span.End).ToInstant();
        return (start, end);
    }

    /// <summary>
    /// Whether every span starting in the seven days from <paramref name="date"/> lies inside [<paramref name="a"/>,
    /// <paramref name="b"/>] with no holiday and no change of the clocks: then the week adds exactly the weekly open time,
    /// which keeps long allowances (weeks of open time) to a few steps.
    /// </summary>
    private bool IsWholeOrdinaryWeek(LocalDate date, Instant a, Instant b)
    {
        var weekStart = Zone.AtStartOfDay(date).ToInstant();
        if (weekStart < a)
            return false;
        // Spans starting on the seventh day end by the start of the day after it.
        var weekEnd = Zone.AtStartOfDay(date.PlusDays(DaysPerWeek + 1)).ToInstant();
        if (weekEnd > b)
            return false;
        var zoneInterval = Zone.GetZoneInterval(weekStart);
        if (zoneInterval.HasEnd && zoneInterval.End < weekEnd)
            return false;
        return !HasHolidayWithin(date, date.PlusDays(DaysPerWeek - 1));
    }

    private bool HasHolidayWithin(LocalDate first, LocalDate last)
    {
        var index = Array.BinarySearch(_holidays, first);
        if (index >= 0)
            return true;
        index = ~index;
        return index < _holidays.Length && _holidays[index] <= last;
    }
}
