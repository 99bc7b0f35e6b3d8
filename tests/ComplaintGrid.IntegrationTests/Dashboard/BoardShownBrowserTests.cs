using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// What the board shows, in Chromium: a customer's request as its own kind of row whose status follows the complaint,
/// every escalation column on a phone, the ping-pong count, the site icon, and a page (not JSON) for the wrong role.
/// </summary>
[Collection(DashboardPagesCollection.Name)]
public sealed class BoardShownBrowserTests(DashboardPagesHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task OnAPhone_ACustomersRequest_ShowsAsItsOwnRow_WithOwnerAgeAndItsStatusNow()
    {
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = (await WallScreen.SignIn(context, host.BaseAddress, DashboardPagesHostFixture.Supervisor, DashboardPagesHostFixture.SupervisorPassword)).Page;

        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        await host.Http.Act(id, "escalate", """{"reason":"Third call about the same parcel."}""");

        var row = page.Locator($"#escalations tr[data-complaint-id='{id}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-kind", "requested");
        await Assertions.Expect(row.Locator("[data-field=level]")).ToHaveTextAsync("Customer asked");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-breaching", "false");
        Assert.DoesNotMatch("level-breaching", await row.Locator("[data-field=level]").GetAttributeAsync("class") ?? "");

        // A later event of the complaint: the row shows its status now, not the one it escalated with.
        await host.Http.Act(id, "acknowledge", """{"message":"We are on it."}""");
        await Assertions.Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("Acknowledged");

        var owner = row.Locator("[data-field=owner]");
        var age = row.Locator("[data-field=age]");
        await Assertions.Expect(owner).ToBeVisibleAsync();
        Assert.True(await owner.IsVisibleAsync(), "the Owner cell is hidden on a phone");
        Assert.True(await age.IsVisibleAsync(), "the Age cell is hidden on a phone");
        // Measured in one go: the board redraws its rows every second, so an element handle would not outlive a redraw.
        var edges = await row.EvaluateAsync<double[]>(
            "r => ['owner', 'age'].flatMap(f => { const b = r.querySelector(`[data-field=${f}]`).getBoundingClientRect(); return [b.left, b.right]; })");
        Assert.All(edges, x => Assert.InRange(x, 0, PhoneWidth));
        await Assertions.Expect(page.Locator("[data-field=pingPong]").First).ToHaveTextAsync(new Regex(@"^\d+$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory(), "board-phone-390.png"), FullPage = true });
    }

    [Fact]
    public async Task EveryPage_LinksTheIcon_AndNoRequestOfItFails()
    {
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        foreach (var path in new[] { "/favicon.ico", "/favicon.svg" })
        {
            using var icon = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
            Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        }

        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                failed.Add($"{response.Status} {response.Url}");
        };
        await page.GotoAsync(new Uri(host.BaseAddress, "/signin").ToString());
        await AssertIconLinked(page);
        await page.FillAsync("#name", DashboardPagesHostFixture.Supervisor);
        await page.FillAsync("#password", DashboardPagesHostFixture.SupervisorPassword);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        await AssertIconLinked(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "/live/reports.html").ToString());
        await AssertIconLinked(page);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task SignedInWithTheWrongRole_ABrowserGetsAPageSayingWhy_AndAProgramGetsProblemJson()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/signin").ToString());
        await page.FillAsync("#name", DashboardPagesHostFixture.Operator);
        await page.FillAsync("#password", DashboardPagesHostFixture.OperatorPassword);
        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"),
            r => r.Url.Contains("/live/", StringComparison.Ordinal));

        Assert.Equal(403, refused.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not for your role");
        await Assertions.Expect(page.Locator("[data-field=user]")).ToHaveTextAsync(DashboardPagesHostFixture.Operator);
        await Assertions.Expect(page.Locator("[data-field=role]")).ToHaveTextAsync("operator");
        await page.ClickAsync("text=Sign out and sign in as someone else");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await Assertions.Expect(page.Locator("#name")).ToBeVisibleAsync();

        using var program = BasicAuth.Client(host.BaseAddress, DashboardPagesHostFixture.Operator, DashboardPagesHostFixture.OperatorPassword);
        program.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var answer = await program.GetAsync("/live/session");
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("auth.forbidden", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertIconLinked(IPage page)
    {
        var href = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        Assert.Equal("/favicon.svg", href);
        var icon = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, icon.Status);
    }
}
