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

    /// <summary>The fast department's time zone, where its due times are shown.</summary>
    public const string FastDepartmentTimeZone = "Asia/Tokyo";

    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Acts as the supervisor (Basic).</summary>
    public HttpClient Http { get; private set; } = null!;

    public IGrainFactory Grains => _app!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await TestSiloHost.StartAsync(SiloArguments.OnLoopback("dashboard-tests")
            // In-memory grain state and reminders: these tests are about HTTP, not storage.
            .Profile("Memory")
            .User(Lead, LeadPassword, "lead")
            // Hashed, as a shared deployment would configure it.
            .User(Supervisor, DashboardPasswords.Hash(SupervisorPassword), "supervisor")
            .Set("ComplaintGrid:Dashboard:Feed:TrendInterval", "00:00:01")
            .Set($"ComplaintGrid:Clocks:Departments:{FastDepartment}:Critical:FirstResponse", "00:00:02")
            // The fast department keeps an all-week calendar in Tokyo (counting as before), so due times show in its zone.
            .Set("ComplaintGrid:Calendars:all-week:TimeZone", FastDepartmentTimeZone)
            .Set("ComplaintGrid:Calendars:all-week:Hours:Monday:0", "00:00-24:00")
            .Set("ComplaintGrid:Calendars:all-week:Hours:Tuesday:0", "00:00-24:00")
            .Set("ComplaintGrid:Calendars:all-week:Hours:Wednesday:0", "00:00-24:00")
            .Set("ComplaintGrid:Calendars:all-week:Hours:Thursday:0", "00:00-24:00")
            .Set("ComplaintGrid:Calendars:all-week:Hours:Friday:0", "00:00-24:00")
            .Set("ComplaintGrid:Calendars:all-week:Hours:Saturday:0", "00:00-24:00")
            .Set("ComplaintGrid:Calendars:all-week:Hours:Sunday:0", "00:00-24:00")
            .Set($"ComplaintGrid:Clocks:DepartmentCalendars:{FastDepartment}", "all-week"));
        Http = Client(Supervisor, SupervisorPassword);
    }

    /// <summary>An HTTP client that sends no credentials and follows no redirects.</summary>
    public HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    /// <summary>An HTTP client with Basic credentials.</summary>
    public HttpClient Client(string user, string password) => BasicAuth.Client(BaseAddress, user, password);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardHostCollection : ICollectionFixture<DashboardHostFixture>
{
    public const string Name = "dashboard-host";
}
