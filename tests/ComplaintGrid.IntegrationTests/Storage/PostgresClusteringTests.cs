using System.Net;
using ComplaintGrid.Silo.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>Two real silos forming one cluster through Orleans' ADO.NET clustering on a fresh PostgreSQL database.</summary>
public sealed class PostgresClusteringTests : IAsyncLifetime
{
    private const int Active = (int)SiloStatus.Active;
    private const int Dead = (int)SiloStatus.Dead;

    /// <summary>Joining, and leaving gracefully, take a few seconds on a loaded 2-core machine; this is only an upper bound.</summary>
    private static readonly TimeSpan MembershipTimeout = TimeSpan.FromSeconds(60);

    private readonly string _clusterId = "clustering-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<IHost> _hosts = [];
    private PostgresTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var host in Enumerable.Reverse(_hosts))
                await TestSilo.StopAsync(host);
        }
        finally
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task UsePostgresClustering_TwoSilosThenOneStops_BothActiveThenDeadRowCleanedUp()
    {
        var first = await StartSiloAsync();
        var second = await StartSiloAsync();
        var firstPort = first.Get<ILocalSiloDetails>().SiloAddress.Endpoint.Port;
        var secondPort = second.Get<ILocalSiloDetails>().SiloAddress.Endpoint.Port;

        // Both silos are Active in the table, and each sees the other through Orleans' own view of membership.
        await WaitForAsync("both silos Active in OrleansMembershipTable",
            async () => await StatusesAsync() is var s && s.GetValueOrDefault(firstPort) == Active && s.GetValueOrDefault(secondPort) == Active);
        foreach (var silo in new[] { first, second })
        {
            await WaitForAsync("IManagementGrain.GetHosts to list both silos as Active",
                async () => (await silo.Get<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count == 2);
        }

        // A client finds the gateways through the same table (GatewaysQueryKey).
        await using (var client = await StartClientAsync())
        {
            var hosts = await client.Get<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(2, hosts.Count);
        }

        // A graceful stop leaves the second silo's row behind as Dead.
        _hosts.Remove(second);
        await TestSilo.StopAsync(second);
        await WaitForAsync("the stopped silo's row to turn Dead", async () => (await StatusesAsync()).GetValueOrDefault(secondPort) == Dead);
        var versionBefore = await TableVersionAsync();

        // Orleans' own cleanup, through the provider, removes the dead row (and only it) without moving the version.
        var cutoff = TimeProvider.System.GetUtcNow().AddMinutes(1);
        await first.Get<IMembershipTable>().CleanupDefunctSiloEntriesAsync(cutoff);

        var remaining = await StatusesAsync();
        Assert.Equal(new Dictionary<int, int> { [firstPort] = Active }, remaining);
        Assert.Equal(versionBefore, await TableVersionAsync());
    }

    private async Task<IHost> StartSiloAsync()
    {
        var host = await TestSilo.StartAsync(_clusterId, _clusterId, silo => silo
            .ConfigureEndpoints(IPAddress.Loopback, LoopbackPorts.Next(), LoopbackPorts.Next())
            .UsePostgresClustering(_database.ConnectionString));
        _hosts.Add(host);
        return host;
    }

    private async Task<ClientHost> StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client
            .UsePostgresClustering(_database.ConnectionString)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (_clusterId, _clusterId)));
        var host = builder.Build();
        await host.StartAsync();
        return new ClientHost(host);
    }

    /// <summary>Silo port → status of every row of this cluster.</summary>
    private async Task<Dictionary<int, int>> StatusesAsync() =>
        (await _database.QueryAsync("SELECT Port, Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster", ("cluster", _clusterId)))
        .ToDictionary(row => (int)row[0]!, row => (int)row[1]!);

    private async Task<int> TableVersionAsync() =>
        await _database.ScalarAsync<int>("SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = @cluster", ("cluster", _clusterId));

    /// <summary>Bounded polling of real cluster membership, which changes on the cluster's own schedule.</summary>
    private static Task WaitForAsync(string what, Func<Task<bool>> condition) =>
        Eventually.True(condition, what, MembershipTimeout, TimeSpan.FromMilliseconds(250));

    /// <summary>An Orleans client host, stopped when disposed.</summary>
    private sealed class ClientHost(IHost host) : IAsyncDisposable
    {
        public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

        public async ValueTask DisposeAsync() => await TestSilo.StopAsync(host);
    }
}
