using System.Net.Http.Headers;
using System.Text;
using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>The real silo host (Orleans + Kestrel) on loopback ports of its own, and an HTTP client for it.</summary>
public sealed class SiloHostFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-api-{Guid.NewGuid():N}.db");
    public const string Supervisor = "api-tests";
    public const string SupervisorPassword = "api-tests-password";
    public const string Lead = "api-lead";
    public const string LeadPassword = "api-lead-password";
    public const string SecondSupervisor = "api-tests-2";
    public const string SecondSupervisorPassword = "api-tests-2-password";
    /// <summary>Users bound to departments: an agent of logistics (where deliveries go), an agent and a lead of finance.</summary>
    public const string LogisticsAgent = "api-agent-logistics";
    public const string BillingAgent = "api-agent-billing";
    public const string BillingLead = "api-lead-billing";
    public const string BoundPassword = "api-bound-password";
    public const string Operator = "api-operator";
    public const string OperatorPassword = "api-operator-password";

    /// <summary>API keys, one per scope, and one with a tiny rate limit of its own so only its test is throttled.</summary>
    public const string ReadKey = "read-key-0123456789abcdef";
    public const string FileKey = "file-key-0123456789abcdef";
    public const string ActKey = "act-key-0123456789abcdef";
    public const string LimitedKey = "limited-key-0123456789abcdef";
    public const int LimitedKeyBurst = 2;

    /// <summary>Acts for agents it names (<c>act-as</c>), without <c>approve</c>; and one that also approves.</summary>
    public const string ActAsKey = "act-as-key-0123456789abcdef";
    public const string ApproverKey = "approver-key-0123456789abcdef";

    /// <summary>Every scope and a rate limit no test reaches: the fuzz tests send thousands of requests in seconds.</summary>
    public const string FuzzKey = "fuzz-key-0123456789abcdef";

    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The host's services, for what a test must read from the running host itself.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Every route the host maps (API, dashboard, hub, sign-in, health, metrics, Orleans' dashboard).</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        ((IEndpointRouteBuilder)_app!).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToArray();

    public async Task InitializeAsync()
    {
        (_app, var address) = await TestSiloHost.StartAsync(
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
            "--ComplaintGrid:Dashboard:Users:1:Name", Lead,
            "--ComplaintGrid:Dashboard:Users:1:Password", LeadPassword,
            "--ComplaintGrid:Dashboard:Users:1:Role", "lead",
            "--ComplaintGrid:Dashboard:Users:2:Name", Operator,
            "--ComplaintGrid:Dashboard:Users:2:Password", OperatorPassword,
            "--ComplaintGrid:Dashboard:Users:2:Role", "operator",
            "--ComplaintGrid:Api:Keys:0:Name", "crm-reader",
            "--ComplaintGrid:Api:Keys:0:Key", ReadKey,
            "--ComplaintGrid:Api:Keys:0:Scopes:0", "read",
            "--ComplaintGrid:Api:Keys:1:Name", "web-form",
            "--ComplaintGrid:Api:Keys:1:Key", FileKey,
            "--ComplaintGrid:Api:Keys:1:Scopes:0", "file",
            // Hashed, as a shared deployment would configure it.
            "--ComplaintGrid:Api:Keys:2:Name", "ticketing",
            "--ComplaintGrid:Api:Keys:2:Key", ApiKeyHashes.Hash(ActKey),
            "--ComplaintGrid:Api:Keys:2:Scopes:0", "act",
            "--ComplaintGrid:Api:Keys:3:Name", "throttled",
            "--ComplaintGrid:Api:Keys:3:Key", LimitedKey,
            "--ComplaintGrid:Api:Keys:3:Scopes:0", "read",
            // One token per 100 s: the bucket cannot refill while the test runs.
            "--ComplaintGrid:Api:Keys:3:PermitsPerSecond", "0.01",
            "--ComplaintGrid:Api:Keys:3:Burst", LimitedKeyBurst.ToString(),
            "--ComplaintGrid:Api:Keys:4:Name", "fuzz",
            "--ComplaintGrid:Api:Keys:4:Key", FuzzKey,
            "--ComplaintGrid:Api:Keys:4:Scopes:0", "read",
            "--ComplaintGrid:Api:Keys:4:Scopes:1", "file",
            "--ComplaintGrid:Api:Keys:4:Scopes:2", "act",
            "--ComplaintGrid:Api:Keys:4:Scopes:3", "approve",
            "--ComplaintGrid:Api:Keys:4:Scopes:4", "act-as",
            "--ComplaintGrid:Api:Keys:4:PermitsPerSecond", "100000",
            "--ComplaintGrid:Api:Keys:4:Burst", "1000000",
            "--ComplaintGrid:Dashboard:Users:3:Name", SecondSupervisor,
            "--ComplaintGrid:Dashboard:Users:3:Password", SecondSupervisorPassword,
            "--ComplaintGrid:Dashboard:Users:3:Role", "supervisor",
            "--ComplaintGrid:Dashboard:Users:4:Name", LogisticsAgent,
            "--ComplaintGrid:Dashboard:Users:4:Password", BoundPassword,
            "--ComplaintGrid:Dashboard:Users:4:Role", "agent",
            "--ComplaintGrid:Dashboard:Users:4:Departments:0", "logistics",
            "--ComplaintGrid:Dashboard:Users:5:Name", BillingAgent,
            "--ComplaintGrid:Dashboard:Users:5:Password", BoundPassword,
            "--ComplaintGrid:Dashboard:Users:5:Role", "agent",
            "--ComplaintGrid:Dashboard:Users:5:Departments:0", "finance",
            "--ComplaintGrid:Dashboard:Users:6:Name", BillingLead,
            "--ComplaintGrid:Dashboard:Users:6:Password", BoundPassword,
            "--ComplaintGrid:Dashboard:Users:6:Role", "lead",
            "--ComplaintGrid:Dashboard:Users:6:Departments:0", "finance",
            "--ComplaintGrid:Api:Keys:5:Name", "crm",
            "--ComplaintGrid:Api:Keys:5:Key", ActAsKey,
            "--ComplaintGrid:Api:Keys:5:Scopes:0", "act",
            "--ComplaintGrid:Api:Keys:5:Scopes:1", "act-as",
            "--ComplaintGrid:Api:Keys:6:Name", "crm-approver",
            "--ComplaintGrid:Api:Keys:6:Key", ApproverKey,
            "--ComplaintGrid:Api:Keys:6:Scopes:0", "act",
            "--ComplaintGrid:Api:Keys:6:Scopes:1", "act-as",
            "--ComplaintGrid:Api:Keys:6:Scopes:2", "approve",
        ]);
        BaseAddress = address;
        Http = BasicClient(Supervisor, SupervisorPassword);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A new client signed in over HTTP Basic as <paramref name="user"/>; the caller disposes it.</summary>
    public HttpClient BasicClient(string user, string password)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http;
    }

    /// <summary>A new client that sends <paramref name="key"/> in X-Api-Key; the caller disposes it.</summary>
    public HttpClient KeyClient(string key)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add(ApiKeyOptions.HeaderName, key);
        return http;
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
