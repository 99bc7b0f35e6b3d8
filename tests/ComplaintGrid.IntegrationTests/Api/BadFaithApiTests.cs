using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>The bad-faith flag through the real host: raised from filings, linked across customers, seen and cleared by supervisors only.</summary>
[Collection(SiloHostCollection.Name)]
public sealed class BadFaithApiTests(SiloHostFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http = fixture.Http;

    /// <summary>A story no other test tells: the story index is shared by the whole host.</summary>
    private static string NewStory()
    {
        var word = string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + c % 26)));
        return $"The parcel from {word} was left open on the doorstep and half of the contents were missing; I expect compensation for it.";
    }

    private static JsonObject Claim(string customer, string story, string reference)
    {
        var filing = ApiCalls.Filing(customer);
        filing["description"] = $"{story} ({reference})";
        filing["reference"] = reference;
        filing["demand"] = "Compensation";
        return filing;
    }

    private async Task<string> FlaggedCustomer(string story)
    {
        var customer = ApiCalls.NewCustomer();
        foreach (var reference in new[] { "ORD-500001", "ORD-500002", "ORD-500003" })
            await _http.FileAsync(Claim(customer, story, reference));
        await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>(PathOf(customer)), v => (bool)v!["flagged"]!,
            "the customer is flagged", Deadline, Poll);
        return customer;
    }

    private static string PathOf(string customer) => $"/api/customers/{customer}/bad-faith";

    [Fact]
    public async Task SameStoryUnderThreeReferencesAskingCompensation_IsFlaggedWithReasons_AndListed()
    {
        var customer = await FlaggedCustomer(NewStory());

        var view = (await _http.GetFromJsonAsync<JsonObject>(PathOf(customer)))!;
        var reasons = view["reasons"]!.AsArray();
        Assert.Equal(["repeat-compensation", "story-reused"], reasons.Select(r => (string)r!["name"]!));
        Assert.Equal((3.0, 2.0), ((double)reasons[0]!["value"]!, (double)reasons[0]!["threshold"]!));
        Assert.Equal("the same story told under 3 references", (string)reasons[1]!["fact"]!);
        Assert.NotNull(view["raisedAt"]);
        var flagged = await Eventually.Value(() => _http.GetFromJsonAsync<JsonArray>("/api/customers/flagged"),
            rows => rows!.Any(r => (string)r!["customerId"]! == customer), "the customer is on the flagged list", Deadline, Poll);
        Assert.Contains("story-reused", flagged!.Single(r => (string)r!["customerId"]! == customer)!["reasons"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task AnotherCustomerTellingTheSameStory_IsLinkedBothWays()
    {
        var story = NewStory();
        var first = await FlaggedCustomer(story);
        var second = ApiCalls.NewCustomer();

        var retold = await _http.FileAsync(Claim(second, story, "ORD-600001"));

        var links = await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>(PathOf(second)),
            v => v!["links"]!.AsArray().Count == 3, "the second teller is linked to the first's three complaints", Deadline, Poll);
        Assert.All(links!["links"]!.AsArray(), l => Assert.Equal((retold, first), ((string)l!["complaintId"]!, (string)l["otherCustomerId"]!)));
        Assert.False((bool)links["flagged"]!);
        Assert.Contains("story-shared", links["reasons"]!.AsArray().Select(r => (string)r!["name"]!));
        await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>(PathOf(first)),
            v => v!["links"]!.AsArray().Any(l => (string)l!["otherComplaintId"]! == retold), "the first teller is linked back", Deadline, Poll);
    }

    [Fact]
    public async Task LeadsAgentsAndKeysWithoutTheScope_AreRefused()
    {
        var customer = ApiCalls.NewCustomer();
        await _http.FileAsync(ApiCalls.Filing(customer));
        using var lead = fixture.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword);
        using var agent = fixture.BasicClient(SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword);
        using var reader = fixture.KeyClient(SiloHostFixture.ReadKey);
        using var actor = fixture.KeyClient(SiloHostFixture.ActKey);

        foreach (var refused in new[] { lead, agent, reader, actor })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync(PathOf(customer))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync("/api/customers/flagged")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostJson($"{PathOf(customer)}/clear", """{"reason":"fine"}""")).StatusCode);
        }
        // The customer's own page, which leads and agents read, says nothing of the flag.
        var page = await (await lead.GetAsync($"/api/customers/{customer}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("bad", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("flag", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Clear_BySupervisorWithAReason_KeepsWhoAndWhy_AndStaysCleared()
    {
        var customer = await FlaggedCustomer(NewStory());

        var empty = await _http.PostJson($"{PathOf(customer)}/clear", """{"reason":"   "}""");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var problem = await empty.Json();
        Assert.Equal(("reason", ErrorCodes.Required), ((string)problem["field"]!, (string)problem["code"]!));
        Assert.True((bool)(await _http.GetFromJsonAsync<JsonObject>(PathOf(customer)))!["flagged"]!);

        var cleared = await _http.PostJson($"{PathOf(customer)}/clear", """{"reason":"The courier confirmed all three parcels were opened."}""");

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var view = await cleared.Json();
        Assert.False((bool)view["flagged"]!);
        Assert.Equal((SiloHostFixture.Supervisor, "The courier confirmed all three parcels were opened."),
            ((string)view["lastClearance"]!["by"]!, (string)view["lastClearance"]!["reason"]!));
        Assert.DoesNotContain((await _http.GetFromJsonAsync<JsonArray>("/api/customers/flagged"))!, r => (string)r!["customerId"]! == customer);

        var again = await _http.PostJson($"{PathOf(customer)}/clear", """{"reason":"Again."}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(ErrorCodes.NotFlagged, (string)(await again.Json())["code"]!);
        Assert.False((bool)(await _http.GetFromJsonAsync<JsonObject>(PathOf(customer)))!["flagged"]!);
    }

    [Fact]
    public async Task FlaggedCustomer_NewComplaint_IsFiledAsNormal()
    {
        var story = NewStory();
        var customer = await FlaggedCustomer(story);

        var response = await _http.PostJson("/api/complaints", Claim(customer, story, "ORD-500004"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var filed = await response.Json();
        Assert.Equal("Received", filed.Status());
        // The same story from the same customer is also a duplicate of the first claim: that link is all that happens to it.
        Assert.Equal(["Filed", "DuplicateLinked"], filed["timeline"]!.AsArray().Select(t => (string)t!["kind"]!));
        var acknowledged = await _http.Act((string)filed["id"]!, "acknowledge", """{"message":"We are on it."}""");
        Assert.Equal("Acknowledged", acknowledged.Status());
        // Its facts grow the raised flag's reasons; the complaint is not touched by it.
        await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>(PathOf(customer)),
            v => (double)v!["reasons"]![0]!["value"]! == 4, "the fourth claim is counted", Deadline, Poll);
    }
}
