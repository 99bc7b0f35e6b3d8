namespace ComplaintGrid.Domain.Escalation;

/// <summary>
/// A weekly shift in UTC: on each of <see cref="Days"/> from <see cref="From"/> to <see cref="To"/>. A shift whose
/// <see cref="To"/> is at or before its <see cref="From"/> ends the next day (22:00 to 06:00 is a night; 00:00 to 00:00 the
/// whole day).
/// </summary>
public sealed class RotaShiftOptions
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>The days the shift starts on.</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Time of day (UTC) it starts, as <c>08:00</c>.</summary>
    public TimeSpan From { get; set; }

    /// <summary>Time of day (UTC) it ends, as <c>16:00</c>; at or before <see cref="From"/>, on the next day.</summary>
    public TimeSpan To { get; set; }

    /// <summary>Whether the shift covers the instant <paramref name="at"/>.</summary>
    public bool Covers(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        var time = utc.TimeOfDay;
        var overnight = To <= From;
        if (Days.Contains(utc.DayOfWeek) && time >= From && (overnight || time < To))
            return true;
        // The tail of a shift that started the day before.
        var yesterday = (DayOfWeek)(((int)utc.DayOfWeek + 6) % 7);
        return overnight && Days.Contains(yesterday) && time < To;
    }

    /// <summary>Whether <paramref name="time"/> is a time of day: from 00:00 up to, not including, 24:00.</summary>
    public static bool IsTimeOfDay(TimeSpan time) => time >= TimeSpan.Zero && time < Day;
}
