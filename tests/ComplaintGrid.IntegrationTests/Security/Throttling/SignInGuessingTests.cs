using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Security.Sessions;
using ComplaintGrid.IntegrationTests.SqliteStore;

using static ComplaintGrid.IntegrationTests.Security.Sessions.EmbeddedUsers;

namespace ComplaintGrid.IntegrationTests.Security.Throttling;

/// <summary>
/// Guessing passwords over real HTTP, through the form and through Basic: after the allowance the name (known or not)
/// is answered 429 with Retry-After, even with the right password; each refusal is logged with its source address.
/// </summary>
public sealed class SignInGuessingTests
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheName_FormAndBasicAnswer429WithRetryAfter_OtherNamesStillSignIn()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both, logs);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Address };

        for (var i = 0; i < 5; i++)
        {
            var wrong = await FormSignIn(http, Agent, $"guess-{i}");
            Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
            Assert.Contains("failed=1", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        var right = await FormSignIn(http, Agent, AgentPassword);
        var basic = await BasicRead(http, Agent, AgentPassword);
        var other = await FormSignIn(http, Lead, LeadPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal("auth.throttled", (string)JsonNode.Parse(await right.Content.ReadAsStringAsync())!["code"]!);
        Assert.Equal(HttpStatusCode.TooManyRequests, basic.StatusCode);
        Assert.NotNull(basic.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/live/", other.Headers.Location!.OriginalString);
        var refusals = logs.Entries.Where(e => e.Message.StartsWith("Sign-in refused from", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, refusals.Count);
        Assert.All(refusals, e => Assert.Contains("127.0.0.1", e.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("guess-", StringComparison.Ordinal) || e.Message.Contains(Agent, StringComparison.Ordinal) && e.Message.Contains("refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownName_IsLockedExactlyLikeAKnownOne()
    {
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Address };

        var known = new List<HttpStatusCode>();
        var unknown = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            known.Add((await BasicRead(http, Lead, $"guess-{i}")).StatusCode);
            unknown.Add((await BasicRead(http, "no-such-user", $"guess-{i}")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task GuessesAcrossManyNamesFromOneAddress_LockTheAddress()
    {
        await using var host = new EmbeddedHost();
        await host.Start(EmbeddedUsers.Both, null, "--ComplaintGrid:Dashboard:SignInThrottle:FailuresPerAddress", "4");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Address };

        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await BasicRead(http, $"guess-{i}", "guess")).StatusCode);
        var right = await BasicRead(http, Lead, LeadPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    private static Task<HttpResponseMessage> FormSignIn(HttpClient http, string name, string password) =>
        http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/live/",
        }));

    private static async Task<HttpResponseMessage> BasicRead(HttpClient http, string name, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/departments");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{password}")));
        return await http.SendAsync(request);
    }
}
