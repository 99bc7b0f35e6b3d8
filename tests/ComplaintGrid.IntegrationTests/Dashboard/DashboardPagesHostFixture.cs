using Microsoft.AspNetCore.Builder;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The silo host on the embedded profile (a SQLite file of its own, so the history read model that search and the
/// reports read is there and holds only these tests' complaints), with the default routing table: each test files into
/// a department of its own (search: logistics, reports: finance, the root-cause tile: quality-assurance, the drill-down's
/// acts and the approvals inbox: policy).
/// </summary>
public sealed class DashboardPagesHostFixture : IAsyncLifetime
{
    public const string Supervisor = "pages-sup";
    public const string SupervisorPassword = "pages-sup-password";

    /// <summary>An agent who sees finance only.</summary>
    public const string FinanceAgent = "pages-agent-finance";
    public const string FinanceAgentPassword = "pages-agent-password";

    /// <summary>A supervisor who sees policy only: approves what the policy agent proposes.</summary>
    public const string PolicySupervisor = "pages-sup-policy";
    public const string PolicySupervisorPassword = "pages-sup-policy-password";

    /// <summary>An agent who sees policy only: works complaints, never approves.</summary>
    public const string PolicyAgent = "pages-agent-policy";
    public const string PolicyAgentPassword = "pages-agent-policy-password";

    /// <summary>A lead: looks, never acts.</summary>
    public const string Lead = "pages-lead";
    public const string LeadPassword = "pages-lead-password";

    /// <summary>An operator: Orleans' dashboard and /metrics, not the board.</summary>
    public const string Operator = "pages-operator";
    public const string OperatorPassword = "pages-operator-password";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-pages-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Acts as the supervisor (Basic).</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("dashboard-pages")
            .EmbeddedDatabase(_databasePath)
            .User(Supervisor, SupervisorPassword, "supervisor")
            .User(FinanceAgent, FinanceAgentPassword, "agent", "finance")
            .User(PolicySupervisor, PolicySupervisorPassword, "supervisor", "policy")
            .User(PolicyAgent, PolicyAgentPassword, "agent", "policy")
            .User(Lead, LeadPassword, "lead")
            .User(Operator, OperatorPassword, "operator"));
        Http = BasicAuth.Client(BaseAddress, Supervisor, SupervisorPassword);
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
public sealed class DashboardPagesCollection : ICollectionFixture<DashboardPagesHostFixture>
{
    public const string Name = "dashboard-pages";
}
