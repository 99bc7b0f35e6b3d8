using System.Collections.Concurrent;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// One in-process cluster shared by a test collection. Deadline logic reads <see cref="Clock"/>, a fake
/// clock the tests move; Orleans itself keeps real time.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // TestCluster creates silo configurators by type, so they find their fixture's clock by an id passed in configuration.
    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();
    private const string ClockIdKey = "ComplaintGridTests:ClockId";
    private const string WebhookUrlKey = "ComplaintGridTests:WebhookUrl";
    private readonly string _clockId = Guid.NewGuid().ToString("N");

    public FakeTimeProvider Clock { get; } = new(Start);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The subscriber of the silo's <c>crm</c> webhook subscription (see <see cref="WebhookEvents"/>).</summary>
    public LoopbackWebhookReceiver Webhooks { get; } = new();

    /// <summary>What the test silo's <c>crm</c> subscription sends.</summary>
    public static readonly ComplaintEventKind[] WebhookEvents =
        [ComplaintEventKind.Acknowledged, ComplaintEventKind.Escalated, ComplaintEventKind.Resolved, ComplaintEventKind.Closed];

    public virtual async Task InitializeAsync()
    {
        Clocks[_clockId] = Clock;
        var builder = new TestClusterBuilder(1);
        builder.Properties[ClockIdKey] = _clockId;
        builder.Properties[WebhookUrlKey] = Webhooks.Url;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Webhooks.DisposeAsync();
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
            // Webhooks post to the fixture's loopback receiver; short delays keep retries inside a test's deadline.
            siloBuilder.Services.Configure<WebhookOptions>(o =>
            {
                o.Subscriptions = [new WebhookSubscriptionOptions
                {
                    Name = "crm",
                    Url = siloBuilder.Configuration[WebhookUrlKey] + "hooks/crm",
                    Secret = LoopbackWebhookReceiver.Secret,
                    Events = WebhookEvents.Select(k => k.ToString()).ToList(),
                }];
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                o.InitialRetryDelay = TimeSpan.FromMilliseconds(100);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(400);
                o.Timeout = TimeSpan.FromSeconds(1);
            });
        }
    }
}
