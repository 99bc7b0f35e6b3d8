using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>Orleans' own dashboard, as an operator sees it in Chromium: its menu lists only what works.</summary>
[Collection(DashboardPagesCollection.Name)]
public sealed class OrleansDashboardBrowserTests(DashboardPagesHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheMenu_HasNoLogStreamEntry_SinceTheLogStreamIsOff()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/signin").ToString());
        await page.FillAsync("#name", DashboardPagesHostFixture.Operator);
        await page.FillAsync("#password", DashboardPagesHostFixture.OperatorPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/live/"));

        await page.GotoAsync(new Uri(host.BaseAddress, "/orleans/").ToString());

        // The menu is drawn with the first page: once Reminders is in it, every entry it will have is.
        var menu = page.Locator("#menu");
        await Assertions.Expect(menu).ToContainTextAsync("Reminders");
        await Assertions.Expect(menu).ToContainTextAsync("Lifecycle");
        await Assertions.Expect(menu).Not.ToContainTextAsync("Log Stream");
        Assert.Equal(0, await page.Locator("a[href='#/trace']").CountAsync());
    }
}
