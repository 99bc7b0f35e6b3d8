using System.Net;
using System.Net.Sockets;
using ComplaintGrid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// The silo exactly as it runs by default (Orleans, the API, the dashboard feed and hub), built by
/// <see cref="SiloApp.Create"/> as the integration tests do, on loopback ports of its own with memory storage so
/// the figure is about the feed, not the database, and one configured lead to sign in with.
/// </summary>
internal sealed class InProcessSilo : IAsyncDisposable
{
    public const string User = "bench-lead";
    public const string Password = "bench-lead-password";

    private readonly WebApplication _app;

    private InProcessSilo(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<InProcessSilo> Start()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--ComplaintGrid:Silo:Profile", "Memory",
            "--ComplaintGrid:Silo:SiloPort", FreePort().ToString(),
            "--ComplaintGrid:Silo:GatewayPort", FreePort().ToString(),
            "--ComplaintGrid:Silo:ClusterId", "dashboard-bench-" + Guid.NewGuid().ToString("N")[..8],
            "--Logging:LogLevel:Default", "Warning",
            // The feed polls while the silo starts and stops; those refused calls are expected and would bury the figures.
            "--Logging:LogLevel:Orleans.Messaging", "Critical",
            "--Logging:LogLevel:ComplaintGrid.Dashboard.Feed", "Error",
            "--Logging:LogLevel:Polly", "Error",
            "--ComplaintGrid:Dashboard:Users:0:Name", User,
            "--ComplaintGrid:Dashboard:Users:0:Password", Password,
            "--ComplaintGrid:Dashboard:Users:0:Role", "lead",
        ];
        var app = SiloApp.Create(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new InProcessSilo(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
