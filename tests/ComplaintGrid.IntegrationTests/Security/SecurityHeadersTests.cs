using System.Net.Http.Headers;
using System.Text;
using ComplaintGrid.Api.Web;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// Every answer carries the front's headers, refusals and redirects included: a content policy that runs only our
/// own scripts and forbids framing, no sniffing, no referrer to other sites; API answers are never stored by a cache.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class SecurityHeadersTests(SiloHostFixture host)
{
    [Theory]
    [InlineData("/signin", false)]
    [InlineData("/signin.js", false)]
    [InlineData("/live/", false)]            // a redirect to sign-in
    [InlineData("/live/", true)]
    [InlineData("/api/departments", true)]
    [InlineData("/api/departments", false)]  // a 401
    [InlineData("/health/live", false)]
    public async Task EveryAnswer_CarriesThePolicyAndHeaders(string path, bool signedIn)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        if (signedIn)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SiloHostFixture.Lead}:{SiloHostFixture.LeadPassword}")));
        }

        var response = await http.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Contains("script-src 'self'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        if (path.StartsWith("/api", StringComparison.Ordinal))
            Assert.Equal("no-store", Header(response, "Cache-Control"));
        // Plain HTTP: browsers ignore HSTS here, and it would promise an HTTPS this host may not serve.
        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
