using System.Text.RegularExpressions;
using ComplaintGrid.Simulator;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>The page in a real browser: sign in, live tiles, the escalation feed, drill-down, and a screenshot.</summary>
[Collection(DashboardHostCollection.Name)]
public sealed class DashboardBrowserTests(DashboardHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];
    [Fact]
    public async Task SignIn_ShowsEveryDepartmentTile_WithHealthInWords()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);

        foreach (var department in Departments)
        {
            var tile = page.Locator($"[data-testid=tile-{department}]");
            await Assertions.Expect(tile).ToBeVisibleAsync();
            // Health is a word and an icon as well as a colour.
            await Assertions.Expect(tile.Locator("[data-field=health]")).ToHaveTextAsync(new Regex("Healthy|Attention|Failing"));
        }
        await Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
    }

    [Fact]
    public async Task FilingComplaints_ChangesTheCountsWithinTwoSeconds()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);
        var open = page.Locator("[data-testid=tile-quality-assurance] [data-field=open]");
        var before = int.Parse(await open.InnerTextAsync());

        for (var i = 0; i < 3; i++)
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["category"] = "ProductQuality";
            await host.Http.FileAsync(filing);
        }

        await Assertions.Expect(open).ToHaveTextAsync((before + 3).ToString());
    }

    [Fact]
    public async Task ADeadlineBreach_AppearsInTheEscalationFeed_AndOpensItsTimelineAndDueTimes()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);

        // Critical policy complaints must be acknowledged within 2 s in this host: nobody does.
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["category"] = "Policy";
        filing["severity"] = "Critical";
        var id = await host.Http.FileAsync(filing);

        var breached = page.Locator($"#escalations tr[data-complaint-id='{id}'][data-level=Breached]");
        await Assertions.Expect(breached).ToBeVisibleAsync();
        await breached.Locator("button.complaint").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline] li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Escalated");
        // The running resolution clock's due time, in the department's time zone.
        await Assertions.Expect(page.Locator("[data-testid=clocks]")).ToContainTextAsync("Resolution due");
        await Assertions.Expect(page.Locator("[data-testid=clocks]")).ToContainTextAsync(DashboardHostFixture.FastDepartmentTimeZone);

        // One rule with the tile: a breach while the clock is still breached; acknowledged, the row says so and is no breach.
        await Assertions.Expect(breached).ToHaveAttributeAsync("data-breaching", "true");
        await host.Http.Act(id, "acknowledge", """{"message":"Sorry for the wait."}""");
        await Assertions.Expect(breached).ToHaveAttributeAsync("data-breaching", "false");
        await Assertions.Expect(breached.Locator("[data-field=status]")).ToHaveTextAsync("Acknowledged");
        await Assertions.Expect(breached.Locator("[data-field=level]")).ToContainTextAsync("since met or closed");
    }

    [Fact]
    public async Task CriticalComplaintsDueWithinTheHour_TheTileForecastsTheirBreaches()
    {
        await using var context = await NewContext();
        var page = await SignIn(context, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);

        // Finance keeps the standard 15 minutes to respond to a Critical complaint, and nobody is on shift to do it.
        for (var i = 0; i < 2; i++)
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["category"] = "Billing";
            filing["severity"] = "Critical";
            await host.Http.FileAsync(filing);
        }

        var forecast = page.Locator("[data-testid=tile-finance] [data-field=forecast]");
        await Assertions.Expect(forecast).ToHaveTextAsync(new Regex(@"^about \d+ breaches expected by \d{1,2}:\d{2}( ?[AP]M)?$"));
        Assert.True(int.Parse((await forecast.GetAttributeAsync("data-expected"))!) >= 2);
    }

    [Fact]
    public async Task Anonymous_PageRedirectsToSignIn_AndBadPasswordIsRefused()
    {
        await using var context = await NewContext();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "/live/").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await page.FillAsync("#name", DashboardHostFixture.Lead);
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("#failed")).ToBeVisibleAsync();
        var hub = await page.APIRequest.PostAsync(new Uri(host.BaseAddress, "/hub/dashboard/negotiate?negotiateVersion=1").ToString());
        var api = await page.APIRequest.GetAsync(new Uri(host.BaseAddress, "/api/departments").ToString());
        Assert.Equal(401, hub.Status);
        Assert.Equal(401, api.Status);
    }

    [Fact]
    public async Task UnderSimulatedTraffic_TheWallScreenIsCaptured()
    {
        // A few seconds of a busy call centre, so the picture shows what a lead sees.
        var options = new SimulatorOptions
        {
            Enabled = true, ComplaintsPerMinute = 600, AgentsPerDepartment = 2, AgentStepTime = TimeSpan.FromMilliseconds(300),
            EscalationRequestShare = 0.05, Seed = 42, HandlingTimeFactor = 0.0001,
        };
        using var stop = new CancellationTokenSource();
        var simulation = new CallCentreSimulator(host.Grains, options, NullLogger.Instance).RunAsync(stop.Token);
        await using var context = await NewContext(new ViewportSize { Width = 1920, Height = 1080 });
        var page = await SignIn(context, DashboardHostFixture.Supervisor, DashboardHostFixture.SupervisorPassword);
        await page.WaitForTimeoutAsync(8000);

        var artifact = Path.Combine(Artifacts.Directory(), "dashboard.png");
        await page.ScreenshotAsync(new() { Path = artifact, FullPage = true });
        await stop.CancelAsync();
        await simulation;
        // The README's screenshot is refreshed on request only, so a test run never dirties the work tree.
        if (Environment.GetEnvironmentVariable("COMPLAINTGRID_UPDATE_SCREENSHOT") == "1")
        {
            var root = RepositoryRoot.Path;
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            File.Copy(artifact, Path.Combine(root, "docs", "dashboard.png"), overwrite: true);
        }

        Assert.True(new FileInfo(artifact).Length > 10_000);
        await Assertions.Expect(page.Locator("#escalations tbody tr").First).ToBeVisibleAsync();
        Assert.True(int.Parse(await page.Locator("[data-testid=tile-logistics] [data-field=open]").InnerTextAsync()) > 0);
    }

    private Task<IBrowserContext> NewContext(ViewportSize? viewport = null)
    {
        return chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 } });
    }

    private async Task<IPage> SignIn(IBrowserContext context, string user, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/live/").ToString());
        await page.FillAsync("#name", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/live/"));
        await Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        await Assertions.Expect(page.Locator(".tile").First).ToBeVisibleAsync();
        return page;
    }
}
