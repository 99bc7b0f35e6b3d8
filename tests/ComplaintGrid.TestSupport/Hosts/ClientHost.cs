using ComplaintGrid.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.TestSupport.Hosts;

/// <summary>A .NET client of a silo on this machine's gateway port, as an integrator's host would run it; disposing leaves.</summary>
public sealed class ClientHost(IHost host) : IAsyncDisposable
{
    public ComplaintGridClient Client => host.Services.GetRequiredService<ComplaintGridClient>();

    /// <summary>Connects a client to the silo whose gateway listens on <paramref name="gatewayPort"/>.</summary>
    public static async Task<ClientHost> ConnectAsync(int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.AddComplaintGridClient(o => o.GatewayPort = gatewayPort);
        var host = builder.Build();
        await host.StartAsync();
        return new ClientHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
