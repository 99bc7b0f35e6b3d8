using ComplaintGrid.Api.Auth;
using ComplaintGrid.DashboardHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// A silo process on a fresh PostgreSQL database, and the stand-alone dashboard host in this process, joined to
/// that cluster as an Orleans client through the membership table, with a lead and a supervisor configured.
/// </summary>
public sealed class StandaloneDashboardHostFixture : IAsyncLifetime
{
    public const string Lead = "lead-lia";
    public const string LeadPassword = "lead-lia-password";
    public const string Supervisor = "sup-sid";
    public const string SupervisorPassword = "sup-sid-password";

    private PostgresCluster? _cluster;
    private WebApplication? _host;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Acts as the supervisor (Basic).</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.CreateAsync(shortClocks: false);
        await _cluster.StartSiloAsync();
        (_host, BaseAddress) = await StartHostAsync();
        Http = BasicAuth.Client(BaseAddress, Supervisor, SupervisorPassword);
    }

    /// <summary>Starts another stand-alone dashboard host on the same cluster, as a deployment behind a load balancer runs several.</summary>
    public async Task<(WebApplication Host, Uri Address)> StartHostAsync()
    {
        var host = DashboardHostApp.Create(_cluster!.DashboardHostArguments("http://127.0.0.1:0")
            .User(Lead, LeadPassword, "lead")
            .User(Supervisor, DashboardPasswords.Hash(SupervisorPassword), "supervisor"));
        await host.StartAsync();
        return (host, new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()));
    }

    /// <summary>An HTTP client that sends no credentials and follows no redirects.</summary>
    public HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}
