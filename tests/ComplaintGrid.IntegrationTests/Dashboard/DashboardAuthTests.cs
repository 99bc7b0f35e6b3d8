using System.Net;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Dashboard;

[Collection(DashboardHostCollection.Name)]
public sealed class DashboardAuthTests(DashboardHostFixture host)
{
    [Fact]
    public async Task Api_Anonymous_Is401ProblemWithCode()
    {
        using var anonymous = host.Anonymous();

        var response = await anonymous.GetAsync("/api/departments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("auth.required", (string)(await response.Json())["code"]!);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Anonymous_RedirectsToSignIn()
    {
        using var anonymous = host.Anonymous();

        var response = await anonymous.GetAsync("/live/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/live/dashboard.js")]
    [InlineData("/live/live-feed.js")]
    [InlineData("/live/session")]
    public async Task PageAssets_Anonymous_AreRefused(string path)
    {
        using var anonymous = host.Anonymous();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Hub_Anonymous_Is401()
    {
        using var anonymous = host.Anonymous();

        var response = await anonymous.PostAsync("/hub/dashboard/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WrongPassword_Is401()
    {
        using var client = host.Client(DashboardHostFixture.Lead, "not-the-password");

        var response = await client.GetAsync("/api/departments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Lead_MayRead_ButActingIs403Problem()
    {
        using var lead = host.Client(DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);

        var read = await lead.GetAsync("/api/departments");
        var act = await lead.PostJson("/api/complaints", ApiCalls.Filing(ApiCalls.NewCustomer()));
        var shift = await lead.PutAsync("/api/departments/logistics/shifts/agent-x", null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
        Assert.Equal("auth.forbidden", (string)(await act.Json())["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, shift.StatusCode);
    }

    [Fact]
    public async Task Supervisor_WithHashedPassword_MayAct()
    {
        var response = await host.Http.PostJson("/api/complaints", ApiCalls.Filing(ApiCalls.NewCustomer()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithForm_SetsSessionCookie_AndWrongPasswordIsRefused()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = host.BaseAddress };

        var wrong = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = DashboardHostFixture.Lead, ["password"] = "nope", ["returnUrl"] = "/live/",
        }));
        var right = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = DashboardHostFixture.Lead, ["password"] = DashboardHostFixture.LeadPassword, ["returnUrl"] = "https://evil.example/",
        }));
        var page = await browser.GetAsync("/live/");

        Assert.Contains("failed=1", wrong.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("/live/", right.Headers.Location!.ToString());
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode}; sign-in set {string.Join(" | ", right.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}; location {page.Headers.Location}");
        Assert.Contains("signalr.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
