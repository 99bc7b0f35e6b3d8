using ComplaintGrid.IntegrationTests.Api;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>The live board's root-cause tile in Chromium: an assessment shows as its cause's count on its department's tile.</summary>
[Collection(DashboardPagesCollection.Name)]
public sealed class RootCauseTileBrowserTests(DashboardPagesHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Assessments_ShowOnTheirDepartmentsTile_ByCauseMostFirst()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = (await WallScreen.SignIn(context, host.BaseAddress, DashboardPagesHostFixture.Supervisor, DashboardPagesHostFixture.SupervisorPassword)).Page;
        var causes = page.Locator("[data-testid=tile-quality-assurance] [data-field=causes]");
        await Assertions.Expect(causes).ToContainTextAsync("None assessed.");

        foreach (var cause in new[] { "Employee", "Value", "Employee" })
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["category"] = "ProductQuality";
            var id = await host.Http.FileAsync(filing);
            await host.Http.Act(id, "acknowledge", """{"message":"We are on it."}""");
            await host.Http.Act(id, "assess", $$"""{"upheld":true,"type":"Substantive","cause":"{{cause}}","underlyingWants":["ToBeHeard"]}""");
        }

        await Assertions.Expect(causes.Locator("li[data-cause=Employee] [data-field=count]")).ToHaveTextAsync("2", new() { Timeout = (float)Live.TotalMilliseconds });
        await Assertions.Expect(causes.Locator("li[data-cause=Value] [data-field=count]")).ToHaveTextAsync("1", new() { Timeout = (float)Live.TotalMilliseconds });
        Assert.Equal(["Employee", "Value"], await causes.Locator("li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.cause)"));
        await Assertions.Expect(page.Locator("[data-testid=tile-logistics] [data-field=causes]")).ToContainTextAsync("None assessed.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory(), "board-causes.png"), FullPage = true });
    }
}
