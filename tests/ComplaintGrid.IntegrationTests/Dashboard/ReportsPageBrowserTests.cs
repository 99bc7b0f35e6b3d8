using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The Reports page in Chromium against the real reports API and history: three finance complaints (one closed with its
/// lessons, two assessed) make the current period's row, the volume and service-level charts, and finance's Pareto; each
/// report's CSV downloads.
/// </summary>
[Collection(DashboardPagesCollection.Name)]
public sealed class ReportsPageBrowserTests(DashboardPagesHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    private const string BrowserTimeZone = "Europe/Berlin";
    private const string Lessons = "Invoices are checked twice before they go out.";
    private const string Prevention = "An invoice checklist at the billing desk.";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReportsPage_ShowsTheFiguresAndCharts_OfTheComplaintsFiled_AndDownloadsCsv()
    {
        var customer = ApiCalls.NewCustomer();
        var closed = await FileBilling(customer);
        var systemOpen = await FileBilling(customer);
        var employeeOpen = await FileBilling(customer);
        await Drive(closed, Closing("System"));
        await Drive(systemOpen, Assessing("System"));
        await Drive(employeeOpen, Assessing("Employee"));
        // The reports read the history: wait until it has every event of the three.
        await Eventually.True(async () =>
        {
            var found = (await host.Http.GetFromJsonAsync<JsonArray>($"/api/complaints?customerId={customer}"))!;
            return found.Count == 3
                && found.Count(c => (string?)c!["status"] == "Closed") == 1
                && found.All(c => c!["cause"] is not null);
        }, "the three complaints' events in the history", Within);

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            TimezoneId = BrowserTimeZone, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1600, Height = 1200 },
        });
        var page = await SignIn(context);

        // The browser's time zone is the default; every department the supervisor sees is offered. Only finance is kept.
        await Assertions.Expect(page.Locator("#timeZone")).ToHaveValueAsync(BrowserTimeZone);
        await Loaded(page);
        foreach (var box in await page.Locator("#departments input").AllAsync())
        {
            if (await box.GetAttributeAsync("value") != "finance")
                await box.UncheckAsync();
        }
        await page.SelectOptionAsync("#period", "month");
        await page.ClickAsync("#controls button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("period=month.*departmentId=finance|departmentId=finance.*period=month"));
        await Loaded(page);

        var current = page.Locator("#service-table tbody tr[data-department=finance]").Last;
        await Assertions.Expect(current.Locator("[data-field=filed]")).ToHaveTextAsync("3");
        await Assertions.Expect(current.Locator("[data-field=closed]")).ToHaveTextAsync("1");
        await Assertions.Expect(current.Locator("[data-field=openAtEnd]")).ToHaveTextAsync("2");
        await Assertions.Expect(current.Locator("[data-field=firstResponse]")).ToHaveTextAsync("100%");
        await Assertions.Expect(current.Locator("[data-field=resolution]")).ToHaveTextAsync("100%");
        Assert.Empty(await page.Locator("#service-table tbody tr:not([data-department=finance])").AllAsync());

        var volumes = await Datasets(page, "#volumes-chart");
        Assert.Equal(["Filed", "Closed", "Open at end"], volumes.Select(d => d.Label));
        Assert.Equal(new double?[] { 3, 1, 2 }, volumes.Select(d => d.Data[^1]));
        var levels = await Datasets(page, "#levels-chart");
        Assert.Equal(new double?[] { 100, 100 }, levels.Select(d => d.Data[^1]));

        var pareto = await Chart(page, "#pareto canvas[data-department=finance]");
        Assert.Equal(["System", "Employee"], pareto.Labels);
        Assert.Equal(new double?[] { 2, 1 }, pareto.Datasets[0].Data);
        Assert.Equal(new double?[] { 66.7, 100 }, pareto.Datasets[1].Data);
        var system = page.Locator("#pareto [data-department=finance] li[data-key=System]");
        await Assertions.Expect(system.Locator("[data-field=count]")).ToHaveTextAsync("2");
        await Assertions.Expect(system).ToContainTextAsync(Lessons);
        await Assertions.Expect(system).ToContainTextAsync(Prevention);

        var causesCsv = await Download(page, "#causes-csv");
        Assert.Equal("department_id,key,count,share,cumulative_share,lessons,prevention", causesCsv[0]);
        Assert.StartsWith("finance,System,2,", causesCsv[1], StringComparison.Ordinal);
        Assert.Contains(Lessons, causesCsv[1], StringComparison.Ordinal);
        Assert.StartsWith("finance,Employee,1,", causesCsv[2], StringComparison.Ordinal);
        var serviceCsv = await Download(page, "#service-csv");
        Assert.StartsWith("department_id,", serviceCsv[0], StringComparison.Ordinal);
        Assert.All(serviceCsv.Skip(1).Where(l => l.Length > 0), l => Assert.StartsWith("finance,", l, StringComparison.Ordinal));

        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory(), "reports.png"), FullPage = true });
    }

    [Fact]
    public async Task ReportsPage_BadSettings_ShowTheApisProblemDetail()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await SignIn(context);
        await Loaded(page);

        await page.FillAsync("#timeZone", "Mars/Olympus_Mons");
        await page.ClickAsync("#controls button[type=submit]");

        await Assertions.Expect(page.Locator("#error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("timeZone");
    }

    private async Task<IPage> SignIn(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        // Straight to the page: the sign-in form brings the user back to it.
        await page.GotoAsync(new Uri(host.BaseAddress, "/live/reports.html").ToString());
        await page.FillAsync("#name", DashboardPagesHostFixture.Supervisor);
        await page.FillAsync("#password", DashboardPagesHostFixture.SupervisorPassword);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/live/reports.html"));
        return page;
    }

    /// <summary>Waits for the reports to load; a refusal fails with the text the page shows.</summary>
    private static async Task Loaded(IPage page)
    {
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", new Regex("^(ok|error)$"));
        if (await page.Locator("body").GetAttributeAsync("data-loaded") != "ok")
            Assert.Fail($"The reports did not load: {await page.Locator("#error").InnerTextAsync()}");
    }

    private async Task<string> FileBilling(string customer)
    {
        var filing = ApiCalls.Filing(customer);
        filing["category"] = "Billing";
        return await host.Http.FileAsync(filing);
    }

    private async Task Drive(string id, IEnumerable<(string Action, string Body)> steps)
    {
        foreach (var (action, body) in steps)
            await host.Http.Act(id, action, body);
    }

    private static IEnumerable<(string, string)> Assessing(string cause) =>
    [
        ("acknowledge", """{"message":"We are on it."}"""),
        ("assess", $$"""{"upheld":true,"type":"Substantive","cause":"{{cause}}","underlyingWants":["ToBeKeptInformed"]}"""),
    ];

    private static IEnumerable<(string, string)> Closing(string cause) =>
    [
        .. Assessing(cause),
        ("route", "{}"), ("start-investigation", """{"ownerAgentId":"agent-carl"}"""),
        ("investigation", """{"rootCause":"The invoice run doubled a line.","accountableOwner":"billing-desk"}"""),
        ("propose-remedy", """{"kind":"Apology","description":"Say sorry and correct the invoice."}"""),
        ("start-implementation", "{}"), ("resolve", """{"customerMessage":"Your corrected invoice is attached."}"""),
        ("feedback", """{"satisfied":true}"""),
        ("close", JsonSerializer.Serialize(new { lessons = Lessons, preventionAction = Prevention })),
    ];

    private sealed record ChartData(string[] Labels, Dataset[] Datasets);

    private sealed record Dataset(string Label, double?[] Data);

    /// <summary>What Chart.js holds for the chart on <paramref name="canvas"/>: it drew it, with these labels and values.</summary>
    private static async Task<ChartData> Chart(IPage page, string canvas) =>
        JsonSerializer.Deserialize<ChartData>(await page.Locator(canvas).EvaluateAsync<string>(
            "c => { const chart = Chart.getChart(c); return JSON.stringify({ labels: chart.data.labels, datasets: chart.data.datasets.map(d => ({ label: d.label, data: d.data })) }); }"),
            JsonSerializerOptions.Web)!;

    private static async Task<Dataset[]> Datasets(IPage page, string canvas) => (await Chart(page, canvas)).Datasets;

    private static async Task<string[]> Download(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link));
        var path = await download.PathAsync();
        return (await File.ReadAllTextAsync(path)).Split("\r\n");
    }
}
