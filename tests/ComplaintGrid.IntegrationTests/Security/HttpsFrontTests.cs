using System.Net;
using ComplaintGrid.IntegrationTests.Security.Sessions;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// The silo listening on HTTPS with a configured certificate (Kestrel's endpoint configuration): the session cookie is
/// Secure and every answer asks the browser to keep to HTTPS (HSTS).
/// </summary>
public sealed class HttpsFrontTests
{
    [Fact]
    public async Task OverHttps_TheSessionCookieIsSecure_AndAnswersCarryHsts()
    {
        using var certificates = new TestCertificates("complaintgrid-test-ca");
        var certificate = certificates.Issue("grid.example", "pfx-password");
        var folder = Directory.CreateTempSubdirectory("complaintgrid-https-").FullName;
        var (app, address) = await TestSiloHost.StartAsync(
new SiloArguments()
            // Kestrel's endpoint, not --urls: the certificate is configured with it.
            .Set("Kestrel:Endpoints:Https:Url", "https://127.0.0.1:0")
            .Set("Kestrel:Endpoints:Https:Certificate:Path", certificate)
            .Set("Kestrel:Endpoints:Https:Certificate:Password", "pfx-password")
            .Ports(LoopbackPorts.Next(), LoopbackPorts.Next())
            .ClusterId("https-" + Guid.NewGuid().ToString("N")[..8])
            .EmbeddedDatabase(Path.Combine(folder, "complaintgrid.db"))
            .User("lead-leo", "lead-leo-password", "lead")
            .LogLevel("Default", "Warning"));
        try
        {
            using var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Subject == "CN=grid.example",
            };
            using var http = new HttpClient(handler) { BaseAddress = address };

            var signIn = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = "lead-leo",
                ["password"] = "lead-leo-password",
                ["returnUrl"] = "/live/",
            }));

            Assert.Equal("https", address.Scheme);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie.Name + "=", StringComparison.Ordinal));
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("max-age=31536000", string.Join(",", signIn.Headers.GetValues("Strict-Transport-Security")));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
