using System.Net;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Dashboard;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// After signing in a browser goes back only to a path on this site, however the return address is dressed up, and the
/// redirect to sign-in never names a host the caller chose.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class SignInRedirectTests(SiloHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/ /evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_WithAForeignReturnAddress_GoesToTheBoard(string returnUrl)
    {
        var response = await SignIn(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/live/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithALocalReturnAddress_GoesThere()
    {
        var response = await SignIn("/live/?department=logistics");

        Assert.Equal("/live/?department=logistics", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RedirectToSignIn_IgnoresAForgedHostHeader()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live/");
        request.Headers.Host = "evil.example";

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri, $"redirected to {response.Headers.Location}");
        Assert.StartsWith("/signin?ReturnUrl=", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_SigningInFromALinkWithATabbedReturnAddress_StaysOnThisSite()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "/signin?returnUrl=/%09/evil.example/").ToString());
        await page.FillAsync("#name", SiloHostFixture.Lead);
        await page.FillAsync("#password", SiloHostFixture.LeadPassword);
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(host.BaseAddress, "/live/").ToString());
    }

    private async Task<HttpResponseMessage> SignIn(string returnUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        return await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = SiloHostFixture.Lead,
            ["password"] = SiloHostFixture.LeadPassword,
            ["returnUrl"] = returnUrl,
        }));
    }
}
