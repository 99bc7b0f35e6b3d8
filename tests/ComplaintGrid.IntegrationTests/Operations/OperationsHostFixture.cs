using Microsoft.AspNetCore.Builder;

namespace ComplaintGrid.IntegrationTests.Operations;

/// <summary>
/// The real silo host with /metrics and the health endpoints mapped as SiloApp maps them. Every category routes to one
/// department of its own, so the metric values this host records are not mixed with other tests' (prometheus-net's
/// registry is per process).
/// </summary>
public sealed class OperationsHostFixture : IAsyncLifetime
{
    public const string Department = "ops-desk";
    private const string Supervisor = "ops-tests";
    private const string SupervisorPassword = "ops-tests-password";
    private const string Operator = "ops-operator";
    private const string OperatorPassword = "ops-operator-password";
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-ops-{Guid.NewGuid():N}.db");

    public WebApplication App { get; private set; } = null!;

    /// <summary>Signed in as a supervisor, for the API.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Signed in as an operator, for Orleans' dashboard.</summary>
    public HttpClient OperatorHttp { get; private set; } = null!;

    /// <summary>Not signed in, as Prometheus and load balancers call.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (App, var address) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("ops-tests")
            .EmbeddedDatabase(_databasePath)
            .User(Supervisor, SupervisorPassword, "supervisor")
            .User(Operator, OperatorPassword, "operator")
            .EverythingTo(Department, "Operations desk"));
        Http = SignedIn(address, Supervisor, SupervisorPassword);
        OperatorHttp = SignedIn(address, Operator, OperatorPassword);
        // Redirects are answers here: a refused page must show as the redirect to /signin, not as the form it leads to.
        Anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    private static HttpClient SignedIn(Uri address, string name, string password) =>
        BasicAuth.Client(address, name, password, new HttpClientHandler { AllowAutoRedirect = false });

    public async Task DisposeAsync()
    {
        Http.Dispose();
        OperatorHttp.Dispose();
        Anonymous.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }
}
