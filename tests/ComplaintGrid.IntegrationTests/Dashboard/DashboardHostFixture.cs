using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The silo host as it runs by default (Orleans, the API, the dashboard) on loopback ports of its own, with a
/// lead and a supervisor configured, a fast trend interval, and a 2-second first-response clock for critical
/// complaints in the policy department so a breach happens within a test.
/// </summary>
public sealed class DashboardHostFixture : IAsyncLifetime
{
    public const string Lead = "lead-ann";
    public const string LeadPassword = "lead-ann-password";
    public const string Supervisor = "sup-sam";
    public const string SupervisorPassword = "sup-sam-password";

    /// <summary>The department whose critical complaints breach their first response in seconds.</summary>
    public const string FastDepartment = "policy";

    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Acts as the supervisor (Basic).</summary>
    public HttpClient Http { get; private set; } = null!;

    public IGrainFactory Grains => _app!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            // In-memory grain state and reminders: these tests are about HTTP, not storage.
            "--ComplaintGrid:Silo:Profile", "Memory",
            "--ComplaintGrid:Silo:SiloPort", FreePort().ToString(),
            "--ComplaintGrid:Silo:GatewayPort", FreePort().ToString(),
            "--ComplaintGrid:Silo:ClusterId", "dashboard-tests-" + Guid.NewGuid().ToString("N")[..8],
            "--Logging:LogLevel:Default", "Warning",
            "--ComplaintGrid:Dashboard:Users:0:Name", Lead,
            "--ComplaintGrid:Dashboard:Users:0:Password", LeadPassword,
            "--ComplaintGrid:Dashboard:Users:0:Role", "lead",
            "--ComplaintGrid:Dashboard:Users:1:Name", Supervisor,
            // Hashed, as a shared deployment would configure it.
            "--ComplaintGrid:Dashboard:Users:1:Password", DashboardPasswords.Hash(SupervisorPassword),
            "--ComplaintGrid:Dashboard:Users:1:Role", "supervisor",
            "--ComplaintGrid:Dashboard:Feed:TrendInterval", "00:00:01",
            $"--ComplaintGrid:Clocks:Departments:{FastDepartment}:Critical:FirstResponse", "00:00:02",
        ];
        (_app, BaseAddress) = await TestSiloHost.StartAsync(args);
        Http = Client(Supervisor, SupervisorPassword);
    }

    /// <summary>An HTTP client that sends no credentials and follows no redirects.</summary>
    public HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    /// <summary>An HTTP client with Basic credentials.</summary>
    public HttpClient Client(string user, string password)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = BasicHeader(user, password);
        return client;
    }

    public static AuthenticationHeaderValue BasicHeader(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardHostCollection : ICollectionFixture<DashboardHostFixture>
{
    public const string Name = "dashboard-host";
}
