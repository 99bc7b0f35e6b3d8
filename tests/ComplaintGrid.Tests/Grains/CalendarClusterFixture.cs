using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own, configured as a deployment would be: Logistics keeps London office hours (Monday to Friday,
/// 09:00-17:00) and Gold customers get half the allowances, on a fake clock.
/// </summary>
public sealed class CalendarClusterFixture() : FakeClockClusterFixture(FridayAfternoon)
{
    /// <summary>Friday 4 December 2026, 16:00 in London (GMT): an hour before Logistics closes for the weekend.</summary>
    public static readonly DateTimeOffset FridayAfternoon = new(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["ComplaintGrid:Calendars:london-office:TimeZone"] = "Europe/London";
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
            builder.Properties[$"ComplaintGrid:Calendars:london-office:Hours:{day}:0"] = "09:00-17:00";
        builder.Properties["ComplaintGrid:Calendars:london-office:Holidays:0"] = "2026-12-25";
        builder.Properties["ComplaintGrid:Clocks:DepartmentCalendars:logistics"] = "london-office";
        builder.Properties["ComplaintGrid:Clocks:Tiers:Gold:Factor"] = "0.5";
    }
}

[CollectionDefinition(Name)]
public sealed class CalendarCollection : ICollectionFixture<CalendarClusterFixture>
{
    public const string Name = "calendars";
}
