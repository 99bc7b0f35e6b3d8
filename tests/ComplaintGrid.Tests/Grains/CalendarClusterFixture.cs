using System.Collections.Concurrent;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own, configured as a deployment would be: Logistics keeps London office hours (Monday to Friday,
/// 09:00-17:00) and Gold customers get half the allowances. Deadline logic reads <see cref="Clock"/>, a fake clock the
/// tests move (Orleans' reminders keep real time).
/// </summary>
public sealed class CalendarClusterFixture : IAsyncLifetime
{
    /// <summary>Friday 4 December 2026, 16:00 in London (GMT): an hour before Logistics closes for the weekend.</summary>
    public static readonly DateTimeOffset FridayAfternoon = new(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();
    private const string ClockIdKey = "ComplaintGridTests:CalendarClockId";
    private readonly string _clockId = Guid.NewGuid().ToString("N");

    public FakeTimeProvider Clock { get; } = new(FridayAfternoon);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Clocks[_clockId] = Clock;
        var builder = new TestClusterBuilder(1);
        builder.Properties[ClockIdKey] = _clockId;
        // Configuration keys exactly as appsettings.json or the environment give them.
        builder.Properties["ComplaintGrid:Calendars:london-office:TimeZone"] = "Europe/London";
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
            builder.Properties[$"ComplaintGrid:Calendars:london-office:Hours:{day}:0"] = "09:00-17:00";
        builder.Properties["ComplaintGrid:Calendars:london-office:Holidays:0"] = "2026-12-25";
        builder.Properties["ComplaintGrid:Clocks:DepartmentCalendars:logistics"] = "london-office";
        builder.Properties["ComplaintGrid:Clocks:Tiers:Gold:Factor"] = "0.5";
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Clocks.TryRemove(_clockId, out _);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var clock = Clocks[siloBuilder.Configuration[ClockIdKey] ?? throw new InvalidOperationException("The fixture passes its clock id.")];
            siloBuilder.AddMemoryGrainStorage(ComplaintGridStorage.Name);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddComplaintGrid();
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ComplaintGridClock.Key, clock);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CalendarCollection : ICollectionFixture<CalendarClusterFixture>
{
    public const string Name = "calendars";
}
