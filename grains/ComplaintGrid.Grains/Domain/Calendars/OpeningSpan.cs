using System.Globalization;
using NodaTime;

namespace ComplaintGrid.Domain.Calendars;

/// <summary>
/// One opening span of a weekday in local time, <c>"08:00-12:00"</c>. A span whose end is not after its start runs
/// past midnight into the next day (<c>"22:00-02:00"</c>); <c>"24:00"</c> as an end means the next midnight.
/// </summary>
public readonly record struct OpeningSpan(LocalTime Start, LocalTime End, bool EndsNextDay)
{
    /// <summary>Minutes from the start of the span's own day to its start.</summary>
    public int StartMinute => Start.Hour * 60 + Start.Minute;

    /// <summary>Minutes from the start of the span's own day to its end (past 1,440 when it ends the next day).</summary>
    public int EndMinute => End.Hour * 60 + End.Minute + (EndsNextDay ? MinutesPerDay : 0);

    /// <summary>Its length in local time (the real length differs on the days the clocks change).</summary>
    public Duration LocalLength => Duration.FromMinutes(EndMinute - StartMinute);

    private const int MinutesPerDay = 24 * 60;

    /// <summary>Reads <c>"HH:mm-HH:mm"</c>; the error says what is wrong, for a message naming the key.</summary>
    public static bool TryParse(string? text, out OpeningSpan span, out string error)
    {
        span = default;
        var parts = (text ?? "").Split('-');
        if (parts.Length != 2 || !TryParseTime(parts[0], allowMidnightEnd: false, out var start, out _)
            || !TryParseTime(parts[1], allowMidnightEnd: true, out var end, out var endIsMidnight))
        {
            error = $"must be a span \"HH:mm-HH:mm\" such as \"08:00-12:00\" (got \"{text}\")";
            return false;
        }
        if (end == start && !endIsMidnight)
        {
            error = $"is an empty span: its end is its start (got \"{text}\")";
            return false;
        }
        // "00:00-24:00" is the whole day; any other end at or before the start is on the next day.
        span = new OpeningSpan(start, end, EndsNextDay: endIsMidnight || end < start);
        error = "";
        return true;
    }

    private static bool TryParseTime(string text, bool allowMidnightEnd, out LocalTime time, out bool isMidnightEnd)
    {
        time = default;
        isMidnightEnd = false;
        var trimmed = text.Trim();
        if (allowMidnightEnd && trimmed == "24:00")
        {
            isMidnightEnd = true;
            time = LocalTime.Midnight;
            return true;
        }
        if (!DateTime.TryParseExact(trimmed, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        time = new LocalTime(parsed.Hour, parsed.Minute);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{(EndsNextDay && End == LocalTime.Midnight ? "24:00" : End.ToString("HH:mm", CultureInfo.InvariantCulture))}";
}
