using ComplaintGrid.Domain.Calendars;

namespace ComplaintGrid.Tests.Domain.Calendars;

/// <summary>Calendars for the tests, compiled the way the silo compiles configured ones.</summary>
internal static class TestCalendars
{
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static BusinessCalendarSettings Settings(string timeZone, IEnumerable<string> days, string[] spans, params string[] holidays) => new()
    {
        TimeZone = timeZone,
        Hours = days.ToDictionary(d => d, _ => spans.ToList(), StringComparer.OrdinalIgnoreCase),
        Holidays = [.. holidays],
    };

    public static BusinessCalendar Compile(BusinessCalendarSettings settings, string name = "office")
    {
        var failures = new List<string>();
        var calendar = BusinessCalendarCompiler.TryCompile(name, settings, failures);
        Assert.True(calendar is not null, string.Join(" ", failures));
        return calendar;
    }

    /// <summary>London, Monday to Friday, 09:00 to 17:00.</summary>
    public static BusinessCalendar LondonOffice(params string[] holidays) =>
        Compile(Settings("Europe/London", Weekdays, ["09:00-17:00"], holidays));

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
