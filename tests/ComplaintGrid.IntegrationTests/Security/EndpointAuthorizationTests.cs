using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ComplaintGrid.Api.Auth;
using ComplaintGrid.IntegrationTests.Api;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// Walks every route the silo maps and proves that each refuses callers it was not made for: anonymous callers,
/// users of the wrong role and API keys without the scope. Only refusals are sent, so nothing is changed.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class EndpointAuthorizationTests(SiloHostFixture host, ITestOutputHelper output)
{
    /// <summary>What may be reached without signing in, and why. Everything else must refuse.</summary>
    private static readonly Dictionary<string, string> Public = new(StringComparer.Ordinal)
    {
        ["GET /"] = "a redirect to the dashboard page, which asks for sign-in",
        ["GET /signin"] = "the sign-in form",
        ["POST /signin"] = "signing in",
        ["GET /signin.css"] = "the sign-in form's style sheet",
        ["GET /signin.js"] = "the sign-in form's script",
        ["GET /favicon.svg"] = "the site's icon, which the sign-in form shows too",
        ["GET /favicon.ico"] = "the site's icon where browsers ask for it unbidden, before anyone signs in",
        ["GET /signin/methods"] = "which sign-in methods the form offers (single sign-on's display name), no data",
        ["GET /signin/sso"] = "starting single sign-on: a redirect to the provider (404 when none is configured)",
        ["GET /signin/complete"] = "the last step of single sign-on: a page that moves on to a local path",
        ["GET /health/live"] = "load balancers and orchestrators: whether the process serves, no data",
        ["GET /health/ready"] = "load balancers: whether to route here, and which check fails; no data",
    };

    private static readonly string[] Roles = [DashboardRoles.Lead, DashboardRoles.Agent, DashboardRoles.Supervisor, DashboardRoles.Operator];

    [Fact]
    public async Task EveryEndpoint_Anonymous_IsRefusedUnlessListedAsPublic()
    {
        var walk = EndpointWalk.Of(host.Endpoints);
        using var anonymous = Client(null);
        var refused = 0;
        foreach (var endpoint in walk)
        {
            var response = await Send(anonymous, endpoint);
            if (Public.ContainsKey(endpoint.ToString()))
            {
                Assert.True((int)response.StatusCode < 500, $"{endpoint}: {(int)response.StatusCode}");
                continue;
            }
            var redirectedToSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
                && new Uri(host.Http.BaseAddress!, location).AbsolutePath == DashboardAuthExtensions.SignInPath;
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized || redirectedToSignIn,
                $"{endpoint} answered an anonymous caller with {(int)response.StatusCode}");
            refused++;
        }
        output.WriteLine($"{walk.Count} endpoints walked; {refused} refused an anonymous caller; {walk.Count - refused} public: {string.Join(", ", Public.Keys)}");
        // The public list names only what exists, so it cannot hide a new endpoint behind an old name.
        Assert.All(Public.Keys, key => Assert.Contains(key, walk.Select(w => w.ToString())));
        Assert.True(refused >= 40, $"only {refused} endpoints walked: is the walk finding the routes?");
    }

    [Fact]
    public async Task EveryProtectedEndpoint_WrongRole_Is403()
    {
        var walk = EndpointWalk.Of(host.Endpoints).Where(e => !Public.ContainsKey(e.ToString())).ToArray();
        var tried = 0;
        foreach (var role in Roles)
        {
            using var user = Client(Basic(role));
            foreach (var endpoint in walk.Where(e => !e.Admits(role)))
            {
                var response = await Send(user, endpoint);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} answered a {role} with {(int)response.StatusCode}");
                tried++;
            }
        }
        output.WriteLine($"{tried} wrong-role calls refused with 403 over {walk.Length} protected endpoints");
        Assert.True(tried >= 40);
    }

    [Fact]
    public async Task EveryProtectedEndpoint_ApiKeyWithoutItsScope_Is403()
    {
        var walk = EndpointWalk.Of(host.Endpoints).Where(e => !Public.ContainsKey(e.ToString())).ToArray();
        var keys = new Dictionary<string, string>
        {
            [ApiScopes.Read] = SiloHostFixture.ReadKey,
            [ApiScopes.File] = SiloHostFixture.FileKey,
            [ApiScopes.Act] = SiloHostFixture.ActKey,
        };
        var tried = 0;
        foreach (var (scope, key) in keys)
        {
            using var integration = Client(null);
            integration.DefaultRequestHeaders.Add(ApiKeyOptions.HeaderName, key);
            // The OpenAPI document is for any key (default policy); the page, the hub, metrics and Orleans' dashboard for no key.
            foreach (var endpoint in walk.Where(e => e.Scope != scope && !e.Policies.Contains("")))
            {
                var response = await Send(integration, endpoint);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} answered a key with scope {scope} with {(int)response.StatusCode}");
                tried++;
            }
        }
        output.WriteLine($"{tried} calls with a key lacking the scope refused with 403");
        Assert.True(tried >= 60);
    }

    private HttpClient Client(AuthenticationHeaderValue? authorization)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Http.BaseAddress };
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }

    private static AuthenticationHeaderValue Basic(string role)
    {
        var (name, password) = role switch
        {
            DashboardRoles.Lead => (SiloHostFixture.Lead, SiloHostFixture.LeadPassword),
            DashboardRoles.Supervisor => (SiloHostFixture.Supervisor, SiloHostFixture.SupervisorPassword),
            DashboardRoles.Agent => (SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword),
            _ => (SiloHostFixture.Operator, SiloHostFixture.OperatorPassword),
        };
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{password}")));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, EndpointWalk endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method is "POST" or "PUT")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }
}
