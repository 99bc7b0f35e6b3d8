using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Grains.StaleCopies;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own for the stale-copy tests: they tell its silo a silo died, which would make complaint copies
/// in a shared cluster write before their first read. Memory storage, reached directly to play the older copy.
/// </summary>
public sealed class StaleCopyClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    private IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services;

    public IGrainStorage Storage => SiloServices.GetRequiredKeyedService<IGrainStorage>(ComplaintGridStorage.Name);

    internal ComplaintRules Rules => SiloServices.GetRequiredService<ComplaintRules>();

    internal SiloDeaths Deaths => SiloServices.GetRequiredService<SiloDeaths>();

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(ComplaintGridStorage.Name);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddComplaintGrid();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StaleCopyCollection : ICollectionFixture<StaleCopyClusterFixture>
{
    public const string Name = "stale-copy";
}
