using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own whose grain storage can refuse view writes (<see cref="FailingViewStorage"/>), with short
/// checkpoint and redelivery periods so a lost view is rebuilt within a test. Real clock: only timers matter here.
/// </summary>
public sealed class ViewLossClusterFixture : IAsyncLifetime
{
    private const string InnerStorage = "memory";

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        FailingViewStorage.Failing = null;
        FailingViewStorage.FailingReads = null;
        FailingViewStorage.Release();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(InnerStorage);
            siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(ComplaintGridStorage.Name,
                (services, _) => new FailingViewStorage(services.GetRequiredKeyedService<IGrainStorage>(InnerStorage)));
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddComplaintGrid();
            siloBuilder.Services.Configure<ComplaintGrainOptions>(o =>
            {
                o.ViewCheckpointPeriod = TimeSpan.FromMilliseconds(100);
                o.DeliveryRetryPeriod = TimeSpan.FromMilliseconds(200);
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ViewLossCollection : ICollectionFixture<ViewLossClusterFixture>
{
    public const string Name = "view-loss";
}
