using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ComplaintGrid.Domain.Calendars;

/// <summary>
/// Turns a configured calendar into a <see cref="BusinessCalendar"/>, or into failures naming the key and the rule.
/// The options validator and the compiled set share it, so what passes validation is what runs.
/// </summary>
public static class BusinessCalendarCompiler
{
    /// <summary>The longest holiday range: a longer one is a typo in a year.</summary>
    public const int LongestHolidayRangeDays = 366;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Compiles <paramref name="settings"/>; null, with <paramref name="failures"/> added, when anything is wrong.</summary>
    public static BusinessCalendar? TryCompile(string name, BusinessCalendarSettings settings, List<string> failures)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(failures);
        var key = $"{BusinessCalendarOptions.SectionName}:{name}";
        var before = failures.Count;

        DateTimeZone? zone = null;
        if (string.IsNullOrWhiteSpace(settings.TimeZone))
            failures.Add($"{key}:TimeZone is required: an IANA time zone id such as \"Europe/London\".");
        else if ((zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(settings.TimeZone.Trim())) is null)
            failures.Add($"{key}:TimeZone \"{settings.TimeZone}\" is not a known IANA time zone id (such as \"Europe/London\").");

        var hours = ReadHours(key, settings.Hours, failures);
        var holidays = ReadHolidays(key, settings.Holidays, failures);
        if (failures.Count == before && hours.Values.All(s => s.Count == 0))
            failures.Add($"{key}:Hours opens on no day: give at least one weekday a span such as \"09:00-17:00\".");
        return failures.Count == before ? new BusinessCalendar(name, zone!, hours, holidays) : null;
    }

    private static Dictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>> ReadHours(string key, Dictionary<string, List<string>> hours, List<string> failures)
    {
        var byDay = new Dictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>>();
        foreach (var (dayName, texts) in hours)
        {
            if (!Enum.TryParse<DayOfWeek>(dayName, ignoreCase: true, out var bclDay) || !Enum.IsDefined(bclDay) || int.TryParse(dayName, out _))
            {
                failures.Add($"{key}:Hours:{dayName} is not a weekday: use Monday … Sunday.");
                continue;
            }
            var spans = new List<OpeningSpan>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (OpeningSpan.TryParse(texts[i], out var span, out var error))
                    spans.Add(span);
                else
                    failures.Add($"{key}:Hours:{dayName}:{i} {error}.");
            }
            byDay[bclDay == DayOfWeek.Sunday ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(int)bclDay] = spans;
        }
        CheckOverlaps(key, byDay, failures);
        return byDay;
    }

    /// <summary>Spans on the week's minute line (Monday 00:00 is 0); one running past Sunday midnight wraps to Monday.</summary>
    private static void CheckOverlaps(string key, Dictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>> byDay, List<string> failures)
    {
        const int minutesPerWeek = 7 * 24 * 60;
        var line = byDay
            .SelectMany(d => d.Value.Select(s => (Day: d.Key, Span: s, Start: ((int)d.Key - 1) * 24 * 60 + s.StartMinute, End: ((int)d.Key - 1) * 24 * 60 + s.EndMinute)))
            .OrderBy(s => s.Start)
            .ToList();
        for (var i = 0; i < line.Count; i++)
        {
            var current = line[i];
            var next = line[(i + 1) % line.Count];
            var nextStart = i + 1 < line.Count ? next.Start : next.Start + minutesPerWeek;
            if (line.Count > 1 && current.End > nextStart)
                failures.Add($"{key}:Hours:{current.Day} span \"{current.Span}\" overlaps {next.Day}'s span \"{next.Span}\".");
        }
    }

    private static List<LocalDate> ReadHolidays(string key, List<string> holidays, List<string> failures)
    {
        var dates = new List<LocalDate>();
        for (var i = 0; i < holidays.Count; i++)
        {
            var text = holidays[i]?.Trim() ?? "";
            var ends = text.Split("..");
            if (ends.Length is < 1 or > 2 || !TryDate(ends[0], out var first) || !TryDate(ends[^1], out var last))
            {
                failures.Add($"{key}:Holidays:{i} must be a date \"2026-12-25\" or a range \"2026-12-24..2026-12-26\" (got \"{text}\").");
                continue;
            }
            if (last < first)
            {
                failures.Add($"{key}:Holidays:{i} ends before it starts (got \"{text}\").");
                continue;
            }
            if (Period.DaysBetween(first, last) >= LongestHolidayRangeDays)
            {
                failures.Add($"{key}:Holidays:{i} spans more than {LongestHolidayRangeDays.ToString(CultureInfo.InvariantCulture)} days (got \"{text}\").");
                continue;
            }
            for (var date = first; date <= last; date = date.PlusDays(1))
                dates.Add(date);
        }
        return dates;
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        var result = DatePattern.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}
