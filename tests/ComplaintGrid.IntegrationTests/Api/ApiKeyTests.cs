using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

[Collection(SiloHostCollection.Name)]
public sealed class ApiKeyTests(SiloHostFixture fixture)
{
    private HttpClient WithKey(string key)
    {
        var client = new HttpClient { BaseAddress = fixture.Http.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task ReadKey_Reads_ButFilingIs403NamingFile()
    {
        using var reader = WithKey(SiloHostFixture.ReadKey);

        var read = await reader.GetAsync("/api/departments");
        var filed = await reader.PostJson("/api/complaints", ApiCalls.Filing(ApiCalls.NewCustomer()));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await AssertScopeRequired(filed, "file");
    }

    [Fact]
    public async Task FileKey_Files_ButActingAndReadingAre403NamingTheScope()
    {
        using var form = WithKey(SiloHostFixture.FileKey);

        var filed = await form.PostJson("/api/complaints", ApiCalls.Filing(ApiCalls.NewCustomer()));
        var id = (string)(await filed.Json())["id"]!;
        var acted = await form.PostJson($"/api/complaints/{id}/acknowledge", """{"message":"On it."}""");
        var shift = await form.PutAsync("/api/departments/logistics/shifts/agent-x", null);
        var read = await form.GetAsync($"/api/complaints/{id}");

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        await AssertScopeRequired(acted, "act");
        await AssertScopeRequired(shift, "act");
        await AssertScopeRequired(read, "read");
    }

    [Fact]
    public async Task ActKey_Acts_ButFilingIs403NamingFile()
    {
        var id = await fixture.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        using var ticketing = WithKey(SiloHostFixture.ActKey);

        var acted = await ticketing.PostJson($"/api/complaints/{id}/acknowledge", """{"message":"On it."}""");
        var profile = await ticketing.PutAsJsonAsync($"/api/customers/{ApiCalls.NewCustomer()}/profile",
            new JsonObject { ["customerSince"] = "2020-01-01T00:00:00Z", ["valueTier"] = "Gold" });
        var filed = await ticketing.PostJson("/api/complaints", ApiCalls.Filing(ApiCalls.NewCustomer()));

        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
        Assert.Equal("Acknowledged", (await acted.Json()).Status());
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        await AssertScopeRequired(filed, "file");
    }

    [Theory]
    [InlineData("not-a-configured-key-at-all")]
    [InlineData("")]
    public async Task UnknownKey_Is401Problem(string key)
    {
        using var stranger = WithKey(key);

        var response = await stranger.GetAsync("/api/departments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("auth.required", (string)(await response.Json())["code"]!);
    }

    [Fact]
    public async Task KeyOverItsLimit_Is429ProblemWithRetryAfter()
    {
        using var limited = WithKey(SiloHostFixture.LimitedKey);

        for (var i = 0; i < SiloHostFixture.LimitedKeyBurst; i++)
            Assert.Equal(HttpStatusCode.OK, (await limited.GetAsync("/api/departments")).StatusCode);
        var refused = await limited.GetAsync("/api/departments");
        var othersStillServed = await fixture.Http.GetAsync("/api/departments");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("request.rate_limited", (string)(await refused.Json())["code"]!);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 100);
        Assert.Equal(HttpStatusCode.OK, othersStillServed.StatusCode);
    }

    private static async Task AssertScopeRequired(HttpResponseMessage response, string scope)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Equal("auth.scope_required", (string)problem["code"]!);
        Assert.Equal(scope, (string)problem["scope"]!);
        Assert.Contains($"'{scope}'", (string)problem["detail"]!, StringComparison.Ordinal);
    }
}
