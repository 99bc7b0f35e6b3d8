using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Operations;

[Collection(OperationsHostCollection.Name)]
public sealed class HealthEndpointTests(OperationsHostFixture host)
{
    [Fact]
    public async Task Live_AfterStart_IsHealthyWithoutSignIn()
    {
        var response = await host.Anonymous.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]);
    }

    [Fact]
    public async Task Ready_AfterStart_IsHealthyWithEveryCheckListed()
    {
        var response = await host.Anonymous.GetAsync("/health/ready");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("Healthy", (string?)body["status"]);
        var checks = body["checks"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => (string)c!["status"]!);
        Assert.Equal(["cluster", "drain", "membership", "storage"], checks.Keys.Order());
        Assert.All(checks.Values, s => Assert.Equal("Healthy", s));
    }
}
