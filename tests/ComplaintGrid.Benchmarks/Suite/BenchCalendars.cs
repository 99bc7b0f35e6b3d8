using System.Globalization;
using ComplaintGrid.Domain.Calendars;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Routing;

namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>
/// <c>--calendars</c>: one realistic business-hours calendar for every standard department, so that every clock but a
/// Critical complaint's counts open time (the silo's own options, <see cref="BusinessCalendarOptions"/> and
/// <see cref="ClockPolicyOptions.DepartmentCalendars"/>).
/// </summary>
internal static class BenchCalendars
{
    public const string Name = "bench-office";

    private const string Zone = "Europe/London";

    // A working day with a lunch split.
    private static readonly string[] WorkingDay = ["08:00-12:00", "13:00-18:00"];

    private static readonly string[] WorkingDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    // Christmas to New Year, and Easter: ranges, so the calendar's holiday lookup is not trivial.
    private static readonly string[] Holidays = ["2026-12-24..2027-01-01", "2027-03-26..2027-03-29", "2027-05-03"];

    /// <summary>
    /// Where a run's complaint clock is pinned to start (the deadline scenario's short allowances must fall due in open
    /// time): an ordinary Tuesday at opening time in London, GMT, no holiday, the clocks change weeks later; then open
    /// for four hours, far longer than a run.
    /// </summary>
    public static readonly DateTimeOffset PinnedStart = new(2027, 3, 9, 8, 0, 0, TimeSpan.Zero);

    public static string Describe(bool on) => on
        ? $"business-hours calendars ON: every department counts open time by calendar '{Name}' ({Zone}, Monday to Friday " +
          $"{string.Join(" and ", WorkingDay)}, holidays {string.Join(", ", Holidays)}); Critical complaints count around the clock"
        : "business-hours calendars off: every clock counts around the clock";

    /// <summary>The configuration, as the silo would read it from appsettings.json.</summary>
    public static Dictionary<string, string?> Configuration()
    {
        var configuration = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"{BusinessCalendarOptions.SectionName}:{Name}:TimeZone"] = Zone,
            [$"{ClockPolicyOptions.SectionName}:AroundTheClock:{Severity.Critical}"] = "true",
        };
        foreach (var day in WorkingDays)
        {
            for (var i = 0; i < WorkingDay.Length; i++)
                configuration[$"{BusinessCalendarOptions.SectionName}:{Name}:Hours:{day}:{i.ToString(CultureInfo.InvariantCulture)}"] = WorkingDay[i];
        }
        for (var i = 0; i < Holidays.Length; i++)
            configuration[$"{BusinessCalendarOptions.SectionName}:{Name}:Holidays:{i.ToString(CultureInfo.InvariantCulture)}"] = Holidays[i];
        foreach (var department in RoutingOptions.Standard().Departments)
            configuration[$"{ClockPolicyOptions.SectionName}:DepartmentCalendars:{department.Id}"] = Name;
        return configuration;
    }
}
