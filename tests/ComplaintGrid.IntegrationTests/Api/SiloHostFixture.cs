using System.Net.Http.Headers;
using System.Text;
using ComplaintGrid.IntegrationTests.Storage;
using ComplaintGrid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>The real silo host (Orleans + Kestrel) on loopback ports of its own, and an HTTP client for it.</summary>
public sealed class SiloHostFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-api-{Guid.NewGuid():N}.db");
    private const string Supervisor = "api-tests";
    private const string SupervisorPassword = "api-tests-password";

    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = SiloApp.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--ComplaintGrid:Silo:SiloPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:GatewayPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:ClusterId", "http-tests-" + Guid.NewGuid().ToString("N")[..8],
            // The default profile, on a file of its own: the API is tested on the durable store users run.
            "--ComplaintGrid:Embedded:DatabasePath", _databasePath,
            "--Logging:LogLevel:Default", "Warning",
            // The API refuses anonymous use: the tests act as a configured supervisor over HTTP Basic.
            "--ComplaintGrid:Dashboard:Users:0:Name", Supervisor,
            "--ComplaintGrid:Dashboard:Users:0:Password", SupervisorPassword,
            "--ComplaintGrid:Dashboard:Users:0:Role", "supervisor",
        ]);
        await StorageProfileSetup.PrepareStorageAsync(_app.Services.GetRequiredService<SiloSettings>(), NullLogger.Instance);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Supervisor}:{SupervisorPassword}")));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }
}

[CollectionDefinition(Name)]
public sealed class SiloHostCollection : ICollectionFixture<SiloHostFixture>
{
    public const string Name = "silo-host";
}
