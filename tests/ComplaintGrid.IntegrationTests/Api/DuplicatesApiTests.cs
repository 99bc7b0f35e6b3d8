using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>
/// Duplicates over HTTP on the real silo host: a second filing for the same reference is linked to the first, a lead
/// merges it (closed as a duplicate, its customer told, the primary open), and a merge naming another customer's
/// complaint is refused naming duplicates with nothing changed.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class DuplicatesApiTests(SiloHostFixture fixture)
{
    private readonly HttpClient _http = fixture.Http;

    private static JsonObject Filing(string customer, string reference, string description)
    {
        var filing = ApiCalls.Filing(customer);
        filing["reference"] = reference;
        filing["description"] = description;
        return filing;
    }

    private async Task<JsonObject> Get(string id) => (await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;

    private static string[] Kinds(JsonObject complaint) => complaint["timeline"]!.AsArray().Select(e => (string)e!["kind"]!).ToArray();

    [Fact]
    public async Task FilingTwice_ForOneReference_LinksTheSecondToTheFirst()
    {
        var customer = ApiCalls.NewCustomer();
        var first = await _http.FileAsync(Filing(customer, "ORD-4711", "The sofa arrived with a torn cover."));
        var second = await _http.FileAsync(Filing(customer, "ord-4711", "Nobody has called me back about my order since Monday."));
        var unrelated = await _http.FileAsync(Filing(customer, "ORD-9999", "I was charged twice for the delivery fee this month."));

        var linked = await Get(second);
        Assert.Equal(first, (string?)linked["duplicateOf"]);
        Assert.Contains("DuplicateLinked", Kinds(linked));
        var primary = await Get(first);
        Assert.Null(primary["duplicateOf"]);
        Assert.Equal([second], primary["duplicates"]!.AsArray().Select(d => (string)d!));
        Assert.Null((await Get(unrelated))["duplicateOf"]);
    }

    [Fact]
    public async Task Merge_ByALead_ClosesTheDuplicateTellsTheCustomer_AndLeavesThePrimaryOpen()
    {
        var customer = ApiCalls.NewCustomer();
        var primary = await _http.FileAsync(Filing(customer, "ORD-5150", "The washing machine leaks from the door seal."));
        var duplicate = await _http.FileAsync(Filing(customer, "ACC-77", "The washing machine leaks from the door seal!"));
        using var lead = fixture.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword);

        var response = await lead.PostJson($"/api/complaints/{primary}/merge", $$"""{"duplicates":["{{duplicate}}"],"reason":"Phone and e-mail, one leak."}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await Get(duplicate);
        Assert.Equal(("Closed", "Duplicate", primary), (merged.Status(), (string?)merged["outcome"], (string?)merged["duplicateOf"]));
        var told = merged["timeline"]!.AsArray().Single(e => (string)e!["kind"]! == "CustomerInformed")!;
        Assert.True((bool)told["customerFacing"]!);
        Assert.Contains(primary, (string)told["detail"]!, StringComparison.Ordinal);
        Assert.Equal("MergedAsDuplicate", Kinds(merged)[^1]);
        var kept = await Get(primary);
        Assert.Equal("Received", kept.Status());
        Assert.Equal([duplicate], kept["duplicates"]!.AsArray().Select(d => (string)d!));

        // Merging again what is merged changes nothing.
        var again = await lead.PostJson($"/api/complaints/{primary}/merge", $$"""{"duplicates":["{{duplicate}}"]}""");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((long)merged["sequence"]!, (long)(await Get(duplicate))["sequence"]!);
    }

    [Fact]
    public async Task Merge_AcrossCustomers_Is400NamingDuplicates_AndChangesNeither()
    {
        var customer = ApiCalls.NewCustomer();
        var primary = await _http.FileAsync(Filing(customer, "ORD-1", "The fridge stopped cooling after two days."));
        var own = await _http.FileAsync(Filing(customer, "ORD-2", "My invoice shows the wrong postal address."));
        var others = await _http.FileAsync(Filing(ApiCalls.NewCustomer(), "ORD-1", "The fridge stopped cooling after two days."));
        var before = await States(primary, own, others);

        var response = await _http.PostJson($"/api/complaints/{primary}/merge", $$"""{"duplicates":["{{own}}","{{others}}"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.Equal(("duplicates", ErrorCodes.DuplicateOtherCustomer), ((string?)problem["field"], (string?)problem["code"]));
        Assert.Contains("same customer", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal(before, await States(primary, own, others));
        Assert.All(before, state => Assert.Equal("Received", state.Status));
    }

    [Fact]
    public async Task Merge_AnUnknownIdOrThePrimaryItself_Is400NamingDuplicates()
    {
        var primary = await _http.FileAsync(Filing(ApiCalls.NewCustomer(), "ORD-3", "The oven door glass cracked."));

        var unknown = await _http.PostJson($"/api/complaints/{primary}/merge", """{"duplicates":["CMP-0000000000000"]}""");
        var itself = await _http.PostJson($"/api/complaints/{primary}/merge", $$"""{"duplicates":["{{primary}}"]}""");

        var refused = await unknown.Json();
        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.DuplicateUnknown, "duplicates"),
            (unknown.StatusCode, (string?)refused["code"], (string?)refused["field"]));
        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.DuplicateIsPrimary), (itself.StatusCode, (string?)(await itself.Json())["code"]));
    }

    /// <summary>Each complaint's last sequence number and status: any change records an event.</summary>
    private async Task<(long Sequence, string Status)[]> States(params string[] ids)
    {
        var states = new List<(long, string)>();
        foreach (var id in ids)
        {
            var complaint = await Get(id);
            states.Add(((long)complaint["sequence"]!, complaint.Status()));
        }
        return [.. states];
    }
}
