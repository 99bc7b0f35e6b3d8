using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

[Collection(SiloHostCollection.Name)]
public sealed class QueuePaginationTests(SiloHostFixture fixture)
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Queue_WalkedAPageAtATime_ReturnsEveryComplaintOnceInOrder()
    {
        for (var i = 0; i < 7; i++)
            await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var whole = Ids((await _http.GetFromJsonAsync<JsonArray>("/api/departments/logistics/queue?limit=500"))!);

        var walked = new List<string>();
        var pages = 0;
        for (string? next = "/api/departments/logistics/queue?limit=3"; next is not null; pages++)
        {
            var response = await _http.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Ids((await response.Content.ReadFromJsonAsync<JsonArray>())!);
            Assert.InRange(page.Length, 1, 3);
            walked.AddRange(page);
            next = NextLink(response);
        }

        Assert.True(whole.Length >= 7);
        Assert.Equal(whole, walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal((whole.Length + 2) / 3, pages);
    }

    [Fact]
    public async Task Queue_WithoutParameters_IsTheFirstHundred_AsAPlainArray()
    {
        await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));

        var queue = await _http.GetFromJsonAsync<JsonArray>("/api/departments/logistics/queue");

        Assert.InRange(queue!.Count, 1, 100);
    }

    [Theory]
    [InlineData("limit=0", "limit", "field.out_of_range")]
    [InlineData("limit=501", "limit", "field.out_of_range")]
    [InlineData("limit=ten", "limit", "field.out_of_range")]
    [InlineData("after=../etc", "after", "field.invalid_identifier")]
    [InlineData("after=CMP-0000000000000", "after", "field.unknown_value")]
    public async Task Queue_BadPageParameters_Are400NamingTheField(string query, string field, string code)
    {
        var response = await _http.GetAsync($"/api/departments/logistics/queue?{query}");
        var problem = await response.Json();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string)problem["field"]!);
        Assert.Equal(code, (string)problem["code"]!);
    }

    private static string[] Ids(JsonArray queue) => queue.Select(c => (string)c!["complaintId"]!).ToArray();

    /// <summary>The target of <c>Link: &lt;…&gt;; rel="next"</c>, or null on the last page.</summary>
    private static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
            return null;
        var link = values.Single();
        Assert.EndsWith("rel=\"next\"", link, StringComparison.Ordinal);
        return link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
    }
}
