using System.Collections.Concurrent;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A one-silo cluster of a fixture's own, on in-memory storage and reminders, whose deadline logic reads
/// <see cref="Clock"/>, a fake clock the tests move (Orleans' reminders keep real time). A fixture adds configuration
/// keys (<see cref="Configure(TestClusterBuilder)"/>, as appsettings.json gives them) or services
/// (<see cref="ConfigureSilo"/>, after ComplaintGrid's own).
/// </summary>
public abstract class FakeClockClusterFixture(DateTimeOffset start) : IAsyncLifetime
{
    // The silo configurator is made by the test host from its type: it finds its fixture by an id in the cluster's properties.
    private static readonly ConcurrentDictionary<string, FakeClockClusterFixture> Fixtures = new();
    private const string FixtureIdKey = "ComplaintGridTests:FakeClockFixtureId";
    private readonly string _id = Guid.NewGuid().ToString("N");

    public FakeTimeProvider Clock { get; } = new(start);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public virtual async Task InitializeAsync()
    {
        Fixtures[_id] = this;
        var builder = new TestClusterBuilder(1);
        builder.Properties[FixtureIdKey] = _id;
        Configure(builder);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Fixtures.TryRemove(_id, out _);
    }

    /// <summary>Configuration keys for the silo, exactly as appsettings.json or the environment give them.</summary>
    protected virtual void Configure(TestClusterBuilder builder)
    {
    }

    /// <summary>Services for the silo, added after ComplaintGrid's own.</summary>
    protected virtual void ConfigureSilo(IServiceCollection services)
    {
    }

    /// <summary>
    /// One webhook subscription, <paramref name="name"/>, posting <paramref name="events"/> to <paramref name="receiver"/>;
    /// short delays keep retries inside a test's deadline.
    /// </summary>
    protected static void PostWebhooks(IServiceCollection services, string name, LoopbackWebhookReceiver receiver, IEnumerable<ComplaintEventKind> events) =>
        services.Configure<WebhookOptions>(o =>
        {
            o.Subscriptions = [new WebhookSubscriptionOptions
            {
                Name = name,
                Url = receiver.Url + "hooks/" + name,
                Secret = LoopbackWebhookReceiver.Secret,
                Events = events.Select(k => k.ToString()).ToList(),
            }];
            o.PollInterval = TimeSpan.FromMilliseconds(50);
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(100);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(400);
            o.Timeout = TimeSpan.FromSeconds(1);
        });

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var fixture = Fixtures[siloBuilder.Configuration[FixtureIdKey] ?? throw new InvalidOperationException("The fixture passes its id.")];
            siloBuilder.AddMemoryGrainStorage(ComplaintGridStorage.Name);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddComplaintGrid();
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ComplaintGridClock.Key, fixture.Clock);
            fixture.ConfigureSilo(siloBuilder.Services);
        }
    }
}
