using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Erases customers' personal texts and nothing more: a data-protection tool's key.</summary>
    public const string EraseKey = "erase-key-0123456789abcdef";

    /// <summary>Every scope and a rate limit no test reaches: the fuzz tests send thousands of requests in seconds.</summary>
    public const string FuzzKey = "fuzz-key-0123456789abcdef";

    /// <summary>The calendar the policy department keeps, and its time zone.</summary>
    public const string PolicyCalendar = "tokyo-desk";
    public const string PolicyTimeZone = "Asia/Tokyo";

    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The host's embedded database file, for the history commands that read it directly.</summary>
    public string DatabasePath => _databasePath;

    /// <summary>The host's services, for what a test must read from the running host itself.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Every route the host maps (API, dashboard, hub, sign-in, health, metrics, Orleans' dashboard).</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        ((IEndpointRouteBuilder)_app!).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToArray();

    public async Task InitializeAsync()
    {
        (_app, var address) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("http-tests")
            // The default profile, on a file of its own: the API is tested on the durable store users run.
            .EmbeddedDatabase(_databasePath)
            // The API refuses anonymous use: the tests act as a configured supervisor over HTTP Basic.
            .User(Supervisor, SupervisorPassword, "supervisor")
            .User(Lead, LeadPassword, "lead")
            .User(Operator, OperatorPassword, "operator")
            .User(SecondSupervisor, SecondSupervisorPassword, "supervisor")
            .User(LogisticsAgent, BoundPassword, "agent", "logistics")
            .User(BillingAgent, BoundPassword, "agent", "finance")
            .User(BillingLead, BoundPassword, "lead", "finance")
            .ApiKey("crm-reader", ReadKey, "read")
            .ApiKey("web-form", FileKey, "file")
            // Hashed, as a shared deployment would configure it.
            .ApiKey("ticketing", ApiKeyHashes.Hash(ActKey), "act")
            // One token per 100 s: the bucket cannot refill while the test runs.
            .ApiKey("throttled", LimitedKey, (0.01, LimitedKeyBurst), "read")
            .ApiKey("fuzz", FuzzKey, (100_000, 1_000_000), "read", "file", "act", "approve", "erase", "bad-faith", "act-as", "merge")
            .ApiKey("crm", ActAsKey, "act", "act-as")
            .ApiKey("crm-approver", ApproverKey, "act", "act-as", "approve")
            .ApiKey("privacy-desk", EraseKey, "erase")
            // Policy keeps a calendar open all week in Tokyo (no summer time): its clocks count as before, and due times
            // are shown in its zone.
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:TimeZone", PolicyTimeZone)
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Monday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Tuesday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Wednesday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Thursday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Friday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Saturday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Calendars:{PolicyCalendar}:Hours:Sunday:0", "00:00-24:00")
            .Set("ComplaintGrid:Clocks:DepartmentCalendars:policy", PolicyCalendar)
            // Fits on a few dozen outcomes, so the contract tests reach a fit's 200 with a few dozen customers.
            .Set("ComplaintGrid:ChurnLearning:MinimumOutcomes", "20"));
        BaseAddress = address;
        Http = BasicClient(Supervisor, SupervisorPassword);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The silo's own grain factory, for the typed client's tests against the same silo.</summary>
    public IGrainFactory Grains => _app!.Services.GetRequiredService<IGrainFactory>();

    /// <summary>A new client signed in over HTTP Basic as <paramref name="user"/>; the caller disposes it.</summary>
    public HttpClient BasicClient(string user, string password) => BasicAuth.Client(BaseAddress, user, password);

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
