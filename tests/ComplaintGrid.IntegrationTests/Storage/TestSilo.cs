using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>An in-process Orleans silo configured by the test, with nothing from appsettings or the environment.</summary>
internal static class TestSilo
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
        catch
        {
            host.Dispose();
            throw;
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
