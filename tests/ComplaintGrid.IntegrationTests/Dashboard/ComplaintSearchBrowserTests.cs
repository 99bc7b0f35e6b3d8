using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>The live page's complaint search in Chromium, against the real API and history: words, filters, paging, a result opened, an error shown.</summary>
[Collection(DashboardPagesCollection.Name)]
public sealed class ComplaintSearchBrowserTests(DashboardPagesHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    private const int PageSize = 20;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Search_ByAWord_ListsAPageThenMore_OpensAResult_AndFiltersByStatusAndDepartment()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        for (var i = 0; i < PageSize + 1; i++)
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["description"] = $"The {word} parcel {i} came back to the depot.";
            ids.Add(await host.Http.FileAsync(filing));
        }
        await WaitForHistory($"q={word}", PageSize + 1);
        await using var context = await chromium.Browser.NewContextAsync();
        var screen = await WallScreen.SignIn(context, host.BaseAddress, DashboardPagesHostFixture.Supervisor, DashboardPagesHostFixture.SupervisorPassword);
        var page = screen.Page;
        var rows = page.Locator("#search-results tbody tr[data-complaint-id]");

        await page.FillAsync("#search-q", word);
        await page.ClickAsync("#search button[type=submit]");

        await Assertions.Expect(rows).ToHaveCountAsync(PageSize);
        // Newest filing first: the last one filed heads the list.
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-complaint-id", ids[^1]);
        await Assertions.Expect(page.Locator("#search-more")).ToBeVisibleAsync();
        await page.ClickAsync("#search-more");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize + 1);
        await Assertions.Expect(page.Locator("#search-more")).ToBeHiddenAsync();
        await Assertions.Expect(rows.Last).ToHaveAttributeAsync("data-complaint-id", ids[0]);
        await Assertions.Expect(rows.First.Locator("td").Nth(3)).ToHaveTextAsync("Logistics");

        await rows.First.Locator("button.complaint").ClickAsync();
        var detail = page.Locator("#search-results tr.detail:visible [data-field=description]");
        await Assertions.Expect(detail).ToHaveTextAsync($"The {word} parcel {PageSize} came back to the depot.");

        await page.SelectOptionAsync("#search-status", "Closed");
        await page.ClickAsync("#search button[type=submit]");
        await Assertions.Expect(rows).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#search-summary")).ToHaveTextAsync("No complaint matches.");

        await page.SelectOptionAsync("#search-status", "Received");
        await page.SelectOptionAsync("#search-department", "finance");
        await page.ClickAsync("#search button[type=submit]");
        await Assertions.Expect(page.Locator("#search-summary")).ToHaveTextAsync("No complaint matches.");
        await page.SelectOptionAsync("#search-department", "logistics");
        await page.ClickAsync("#search button[type=submit]");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize);
    }

    [Fact]
    public async Task Search_RefusedByTheApi_ShowsTheProblemDetail()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = (await WallScreen.SignIn(context, host.BaseAddress, DashboardPagesHostFixture.Supervisor, DashboardPagesHostFixture.SupervisorPassword)).Page;
        using var refused = await host.Http.GetAsync("/api/complaints?q=%2B%2B%2B&limit=20");
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;

        await page.FillAsync("#search-q", "+++");
        await page.ClickAsync("#search button[type=submit]");

        Assert.Equal(400, (int)refused.StatusCode);
        await Assertions.Expect(page.Locator("#search-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-error")).ToContainTextAsync((string)problem["detail"]!);
        await Assertions.Expect(page.Locator("#search-results")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Search_ByAUserBoundToFinance_FindsNothingFiledElsewhere()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["description"] = $"The {word} van never came.";
        await host.Http.FileAsync(filing);
        await WaitForHistory($"q={word}", 1);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = (await WallScreen.SignIn(context, host.BaseAddress, DashboardPagesHostFixture.FinanceAgent, DashboardPagesHostFixture.FinanceAgentPassword)).Page;

        await page.FillAsync("#search-q", word);
        await page.ClickAsync("#search button[type=submit]");

        await Assertions.Expect(page.Locator("#search-summary")).ToHaveTextAsync("No complaint matches.");
        Assert.Equal(["", "finance"], await page.Locator("#search-department option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
    }

    /// <summary>Polls the search API until the history has <paramref name="count"/> complaints for <paramref name="query"/>.</summary>
    private Task WaitForHistory(string query, int count) =>
        Eventually.True(async () => (await host.Http.GetFromJsonAsync<JsonArray>($"/api/complaints?{query}&limit=500"))!.Count == count,
            $"{count} complaint(s) in the history for {query}", Within);
}
