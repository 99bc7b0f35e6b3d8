using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Dashboard;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// Another site cannot make a browser sign in here, act here or open the live feed: what its pages send carries its
/// Origin and Sec-Fetch-Site, and is refused; this site's own pages and programs without those headers pass.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class CrossSiteRequestTests(SiloHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task SignIn_FromAnotherSite_IsRefused_AndSetsNoSession(string header, string value)
    {
        var response = await SignIn((header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("auth.cross_site", (await response.Json())["code"].Text());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignIn_FromThisSitesOwnPage_OrFromAProgram_IsServed()
    {
        var own = await SignIn(("Origin", host.BaseAddress.GetLeftPart(UriPartial.Authority)), ("Sec-Fetch-Site", "same-origin"));
        var program = await SignIn();

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, program.StatusCode);
    }

    [Fact]
    public async Task ApiActionAndLiveFeed_FromAnotherSite_AreRefused()
    {
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        using var act = new HttpRequestMessage(HttpMethod.Post, $"/api/complaints/{id}/acknowledge") { Content = JsonContent("""{"message":"Hi"}""") };
        act.Headers.Add("Origin", "http://evil.example");
        using var feed = new HttpRequestMessage(HttpMethod.Get, "/hub/dashboard?id=x");
        feed.Headers.Add("Origin", "http://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Http.SendAsync(act)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Http.SendAsync(feed)).StatusCode);
        Assert.Equal("Received", (await host.Http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!.Status());
    }

    [Fact]
    public async Task Browser_AForeignPageThatPostsTheSignInForm_DoesNotSignTheBrowserIn()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var signIn = new Uri(host.BaseAddress, "/signin");

        // A page of another origin that submits the attacker's own credentials to ComplaintGrid as soon as it loads.
        await page.SetContentAsync($"""
            <form id="f" method="post" action="{signIn}">
              <input name="name" value="{SiloHostFixture.Lead}"><input name="password" value="{SiloHostFixture.LeadPassword}">
            </form>
            """);
        var answer = await page.RunAndWaitForResponseAsync(() => page.EvalOnSelectorAsync("#f", "f => f.submit()"), signIn.ToString());
        var session = await page.APIRequest.GetAsync(new Uri(host.BaseAddress, "/live/session").ToString(), new() { MaxRedirects = 0 });

        Assert.Equal(403, answer.Status);
        Assert.NotEqual(200, session.Status);
    }

    private async Task<HttpResponseMessage> SignIn(params (string Name, string Value)[] headers)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = SiloHostFixture.Lead, ["password"] = SiloHostFixture.LeadPassword }),
        };
        foreach (var (name, value) in headers)
            request.Headers.Add(name, value);
        return await http.SendAsync(request);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
