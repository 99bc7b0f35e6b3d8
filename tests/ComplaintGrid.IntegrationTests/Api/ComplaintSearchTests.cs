using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>
/// <c>GET /api/complaints</c> on the real silo host (embedded SQLite, FTS5): complaints filed and driven through the HTTP
/// API are found by every filter and by their words once the history has them, closed ones included, only in the caller's
/// departments, a page at a time; every bad parameter is a 400 naming it.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class ComplaintSearchTests(SiloHostFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Search_ByEachFilterAndByWords_FindsTheFiledComplaint()
    {
        var customer = ApiCalls.NewCustomer();
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var filing = ApiCalls.Filing(customer);
        filing["reference"] = "ORD-" + word;
        filing["description"] = $"The {word} kettle leaks at the seam.";
        var id = await _http.FileAsync(filing);
        var filedAt = DateTimeOffset.Parse((string)(await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!["filedAt"]!, System.Globalization.CultureInfo.InvariantCulture);

        await Found(id, $"customerId={customer}");
        var range = $"from={Uri.EscapeDataString(filedAt.AddMinutes(-1).ToString("O"))}&to={Uri.EscapeDataString(filedAt.AddMinutes(1).ToString("O"))}";
        foreach (var filter in new[]
                 {
                     $"reference=ORD-{word}", $"q={word}", $"q=KETTLE%20{word}%20seam", $"customerId={customer}&status=Received",
                     $"customerId={customer}&departmentId=logistics", $"customerId={customer}&category=Delivery",
                     $"customerId={customer}&severity=High", $"customerId={customer}&{range}",
                 })
            Assert.Equal([id], await Ids($"/api/complaints?{filter}"));
        foreach (var miss in new[]
                 {
                     $"customerId={customer}&status=Closed", $"customerId={customer}&departmentId=finance", $"customerId={customer}&category=Billing",
                     $"customerId={customer}&severity=Low", $"customerId={customer}&cause=System", $"q={word}%20sofa",
                     $"customerId={customer}&from={Uri.EscapeDataString(filedAt.AddMinutes(1).ToString("O"))}",
                 })
            Assert.Empty(await Ids($"/api/complaints?{miss}"));
    }

    [Fact]
    public async Task Search_AClosedComplaint_IsFoundWithItsCauseAndClosedTime()
    {
        var customer = ApiCalls.NewCustomer();
        var id = await _http.FileAsync(ApiCalls.Filing(customer));
        foreach (var (action, body) in new[]
                 {
                     ("acknowledge", """{"message":"We are on it."}"""),
                     ("assess", """{"upheld":true,"type":"Substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}"""),
                     ("route", "{}"), ("start-investigation", """{"ownerAgentId":"agent-carl"}"""),
                     ("investigation", """{"rootCause":"No wrap.","accountableOwner":"depot-north"}"""),
                     ("propose-remedy", """{"kind":"Exchange","description":"Replace the cover."}"""),
                     ("start-implementation", "{}"), ("resolve", """{"customerMessage":"Your new cover arrives Thursday."}"""),
                     ("feedback", """{"satisfied":true}"""), ("close", """{"lessons":"Wrap checks.","preventionAction":"Checklist."}"""),
                 })
            await _http.Act(id, action, body);

        var hit = await Eventually.Value(
            async () => (await _http.GetFromJsonAsync<JsonArray>($"/api/complaints?customerId={customer}&status=Closed&cause=System"))!,
            found => found.Count == 1, "the close reaches the history", Within);

        Assert.Equal(id, (string)hit[0]!["complaintId"]!);
        Assert.Equal("System", (string)hit[0]!["cause"]!);
        Assert.NotNull((string?)hit[0]!["closedAt"]);
        Assert.Equal([id], await Ids($"/api/complaints?customerId={customer}&q=wrap%20checklist"));
    }

    [Fact]
    public async Task Search_ByACallerBoundToDepartments_FindsOnlyComplaintsInThem()
    {
        var customer = ApiCalls.NewCustomer();
        var id = await _http.FileAsync(ApiCalls.Filing(customer));
        await Found(id, $"customerId={customer}");
        using var logisticsAgent = fixture.BasicClient(SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword);
        using var billingAgent = fixture.BasicClient(SiloHostFixture.BillingAgent, SiloHostFixture.BoundPassword);

        Assert.Equal([id], Ids((await logisticsAgent.GetFromJsonAsync<JsonArray>($"/api/complaints?customerId={customer}"))!));
        Assert.Empty((await billingAgent.GetFromJsonAsync<JsonArray>($"/api/complaints?customerId={customer}"))!);
        var refused = await billingAgent.GetAsync($"/api/complaints?customerId={customer}&departmentId=logistics");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("departmentId", (string)(await refused.Json())["field"]!);
    }

    [Fact]
    public async Task Search_WalkedAPageAtATime_ReturnsEveryMatchOnceNewestFirst()
    {
        var customer = ApiCalls.NewCustomer();
        var filed = new List<string>();
        for (var i = 0; i < 5; i++)
            filed.Add(await _http.FileAsync(ApiCalls.Filing(customer)));
        await Eventually.True(async () => (await Ids($"/api/complaints?customerId={customer}")).Length == 5, "five filings reach the history", Within);
        var whole = await Ids($"/api/complaints?customerId={customer}");

        var walked = new List<string>();
        var pages = 0;
        for (string? next = $"/api/complaints?customerId={customer}&limit=2"; next is not null; pages++)
        {
            var response = await _http.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            walked.AddRange(Ids((await response.Content.ReadFromJsonAsync<JsonArray>())!));
            next = NextLink(response);
        }

        Assert.Equal(whole, walked);
        Assert.Equal(filed.Order(), walked.Order());
        Assert.Equal(3, pages);
        Assert.Equal(filed.AsEnumerable().Reverse(), walked);
    }

    [Theory]
    [InlineData("colour=red", "colour", "field.not_allowed")]
    [InlineData("from=yesterday", "from", "field.invalid_text")]
    [InlineData("to=2026-13-45", "to", "field.invalid_text")]
    [InlineData("from=2026-12-02&to=2026-12-01", "from", "field.out_of_range")]
    [InlineData("from=2025-01-01&to=2026-03-01", "to", "field.out_of_range")]
    [InlineData("status=Lost", "status", "field.unknown_value")]
    [InlineData("status=3", "status", "field.unknown_value")]
    [InlineData("category=Weather", "category", "field.unknown_value")]
    [InlineData("severity=Extreme", "severity", "field.unknown_value")]
    [InlineData("cause=Moon", "cause", "field.unknown_value")]
    [InlineData("limit=0", "limit", "field.out_of_range")]
    [InlineData("limit=501", "limit", "field.out_of_range")]
    [InlineData("limit=ten", "limit", "field.out_of_range")]
    [InlineData("after=../etc", "after", "field.invalid_identifier")]
    [InlineData("after=CMP-0000000000000", "after", "field.unknown_value")]
    [InlineData("customerId=a%20b", "customerId", "field.invalid_identifier")]
    [InlineData("q=%20%2A%20", "q", "field.required")]
    public async Task Search_BadParameter_Is400NamingIt(string query, string field, string code)
    {
        var response = await _http.GetAsync($"/api/complaints?{query}");
        var problem = await response.Json();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string)problem["field"]!);
        Assert.Equal(code, (string)problem["code"]!);
    }

    private async Task Found(string id, string filter) =>
        await Eventually.True(async () => (await Ids($"/api/complaints?{filter}")).Contains(id), $"{id} reaches the history", Within);

    private async Task<string[]> Ids(string path) => Ids((await _http.GetFromJsonAsync<JsonArray>(path))!);

    private static string[] Ids(JsonArray page) => page.Select(c => (string)c!["complaintId"]!).ToArray();

    /// <summary>The target of <c>Link: &lt;…&gt;; rel="next"</c>, or null on the last page.</summary>
    private static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
            return null;
        var link = values.Single();
        return link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
    }
}
