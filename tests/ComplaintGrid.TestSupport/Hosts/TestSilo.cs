using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace ComplaintGrid.TestSupport.Hosts;

/// <summary>An in-process Orleans silo configured by the test, with nothing from appsettings or the environment.</summary>
public static class TestSilo
{
    /// <summary>Builds and starts a silo of <paramref name="clusterId"/>/<paramref name="serviceId"/>.</summary>
    public static async Task<IHost> StartAsync(string clusterId, string serviceId, Action<ISiloBuilder> configure)
    {
        // No defaults: the silo project's appsettings.json is copied next to the tests and must not leak in.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = serviceId;
            });
            configure(silo);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch (Exception startFailure)
        {
            if (await StopFailedStart(host) is { } stopFailure)
                throw new AggregateException(startFailure, stopFailure);
            throw;
        }
    }

    /// <summary>
    /// Starts a silo of a cluster of its own (<paramref name="idPrefix"/> and a random suffix; the service id is the same
    /// unless given) on localhost clustering and free loopback ports, with what <paramref name="configure"/> adds.
    /// </summary>
    public static Task<IHost> StartOnLoopbackAsync(string idPrefix, Action<ISiloBuilder> configure, string? serviceId = null)
    {
        var clusterId = idPrefix + "-" + Guid.NewGuid().ToString("N")[..8];
        serviceId ??= clusterId;
        return StartAsync(clusterId, serviceId, silo =>
        {
            silo.UseLocalhostClustering(LoopbackPorts.Next(), LoopbackPorts.Next(), serviceId: serviceId, clusterId: clusterId);
            configure(silo);
        });
    }

    /// <summary>
    /// Orleans does not stop the stages of a silo whose start failed part-way. Disposing the host then left the grain
    /// directory started by then spinning on the disposed membership feed for the rest of the process: two such silos
    /// kept a core of the test process busy until the last test and starved the load of the timing-sensitive fault
    /// tests. So the lifecycle's stop ends what did start, and the host is left to the garbage collector: disposing it
    /// after that would wait forever, for the termination signal only the silo's own stop gives (which refuses a silo
    /// that never finished starting). Returns the stop's own failure, if any.
    /// </summary>
    private static async Task<Exception?> StopFailedStart(IHost host)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.Services.GetRequiredService<ISiloLifecycleSubject>().OnStop(patience.Token);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>Stops the silo gracefully (it leaves the cluster as Dead) and releases it.</summary>
    public static async Task StopAsync(IHost? host)
    {
        if (host is null)
            return;
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
                await asyncDisposable.DisposeAsync();
            else
                host.Dispose();
        }
    }

    public static T Get<T>(this IHost host) where T : notnull => host.Services.GetRequiredService<T>();
}
