using System.Collections.Concurrent;
using ComplaintGrid.Domain.Privacy;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own whose closed complaints' texts are erased after <see cref="ClosedTextsAfter"/>, on a fake clock
/// the tests move (Orleans keeps real time), so retention is reached without waiting.
/// </summary>
public sealed class RetentionClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan ClosedTextsAfter = TimeSpan.FromDays(30);

    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();
    private const string ClockIdKey = "ComplaintGridTests:RetentionClockId";
    private readonly string _clockId = Guid.NewGuid().ToString("N");

    public FakeTimeProvider Clock { get; } = new(ClusterFixture.Start);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Clocks[_clockId] = Clock;
        var builder = new TestClusterBuilder(1);
        builder.Properties[ClockIdKey] = _clockId;
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
            siloBuilder.Services.Configure<RetentionOptions>(o => o.ClosedTextsAfter = ClosedTextsAfter);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RetentionCollection : ICollectionFixture<RetentionClusterFixture>
{
    public const string Name = "retention";
}
