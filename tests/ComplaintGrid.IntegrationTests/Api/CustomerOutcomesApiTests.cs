using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary><c>POST /api/customers/{id}/outcomes</c> and the client's <c>RecordOutcome</c> through the real host.</summary>
[Collection(SiloHostCollection.Name)]
public sealed class CustomerOutcomesApiTests(SiloHostFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly HttpClient _http = fixture.Http;

    private static string PathOf(string customer) => $"/api/customers/{customer}/outcomes";

    /// <summary>A customer with one complaint their view has heard of.</summary>
    private async Task<string> CustomerWithAComplaint()
    {
        var customer = ApiCalls.NewCustomer();
        await _http.FileAsync(ApiCalls.Filing(customer));
        await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}"),
            v => (int)v!["totalComplaints"]! == 1, "the customer has heard of the complaint", Deadline, Poll);
        return customer;
    }

    private async Task<int> OutcomesKept() => (int)(await _http.GetFromJsonAsync<JsonObject>("/api/churn/models"))!["outcomes"]!;

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code, string field)
    {
        var problem = await response.Json();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {problem.ToJsonString()}");
        Assert.Equal((code, field), ((string)problem["code"]!, (string)problem["field"]!));
    }

    [Fact]
    public async Task Record_KnownCustomer_KeepsTheOutcomeWithTheirFeaturesForTheRegistry()
    {
        var customer = await CustomerWithAComplaint();
        var kept = await OutcomesKept();

        var response = await _http.PostJson(PathOf(customer), """{"outcome":"left","at":"2026-01-05T10:00:00Z"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.Json();
        Assert.Equal((customer, "Left"), ((string)record["customerId"]!, (string)record["outcome"]!));
        // Another test of this host may have adopted a fitted model: the version is whichever scores now.
        Assert.StartsWith("churn-v", (string)record["modelVersion"]!, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), record["at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(1, (double)record["features"]!["recentComplaints"]!);
        Assert.Equal(1, (double)record["features"]!["openComplaints"]!);
        Assert.InRange((double)record["scoreAtRecording"]!, 1, 100);
        Assert.Equal(kept + 1, await OutcomesKept());

        // A repeat (a retried request) answers the same record and keeps nothing more.
        var again = await (await _http.PostJson(PathOf(customer), """{"outcome":"Left","at":"2026-01-05T10:00:00Z"}""")).Json();
        Assert.Equal((string)record["recordedAt"]!, (string)again["recordedAt"]!);
        Assert.Equal(kept + 1, await OutcomesKept());
    }

    [Fact]
    public async Task Record_CustomerWithNoComplaints_Is404NamingCustomerIdAndKeepsNothing()
    {
        var customer = ApiCalls.NewCustomer();
        var kept = await OutcomesKept();

        var response = await _http.PostJson(PathOf(customer), """{"outcome":"stayed"}""");

        await AssertProblem(response, HttpStatusCode.NotFound, ErrorCodes.UnknownCustomer, "customerId");
        Assert.Equal(kept, await OutcomesKept());
    }

    [Fact]
    public async Task Record_UnknownOutcome_Is400NamingOutcomeWithTheAllowedValues_AndKeepsNothing()
    {
        var customer = await CustomerWithAComplaint();
        var kept = await OutcomesKept();

        var response = await _http.PostJson(PathOf(customer), """{"outcome":"emigrated"}""");

        var problem = await response.Json();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((ErrorCodes.UnknownValue, "outcome"), ((string)problem["code"]!, (string)problem["field"]!));
        Assert.Contains("Stayed, Left, Downgraded", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal(kept, await OutcomesKept());
    }

    [Fact]
    public async Task Record_MissingOutcomeOrFutureTime_Is400NamingTheField()
    {
        var customer = await CustomerWithAComplaint();

        await AssertProblem(await _http.PostJson(PathOf(customer), """{"at":"2026-01-05T10:00:00Z"}"""), HttpStatusCode.BadRequest, ErrorCodes.Required, "outcome");
        await AssertProblem(await _http.PostJson(PathOf(customer), """{"outcome":"left","at":"2999-01-01T00:00:00Z"}"""), HttpStatusCode.BadRequest, ErrorCodes.OutOfRange, "at");
        await AssertProblem(await _http.PostJson("/api/customers/not%20an%20id/outcomes", """{"outcome":"left"}"""), HttpStatusCode.BadRequest, ErrorCodes.InvalidIdentifier, "customerId");
    }

    [Fact]
    public async Task Record_AsALead_IsRefused()
    {
        var customer = await CustomerWithAComplaint();
        using var lead = fixture.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword);

        var response = await lead.PostJson(PathOf(customer), """{"outcome":"left"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RecordOutcome_ThroughTheClient_RecordsAndRefusesAsTheApiDoes()
    {
        var client = new ComplaintGridClient(fixture.Grains, Options.Create(new ComplaintGridClientOptions()), NullLogger<ComplaintGridClient>.Instance);
        var customer = await CustomerWithAComplaint();

        var record = await client.RecordOutcome(customer, new RecordCustomerOutcome(CustomerOutcome.Downgraded));
        var unknown = await Assert.ThrowsAsync<ComplaintGridException>(() => client.RecordOutcome(ApiCalls.NewCustomer(), new RecordCustomerOutcome(CustomerOutcome.Left)));
        var badValue = await Assert.ThrowsAsync<ComplaintGridException>(() => client.RecordOutcome(customer, new RecordCustomerOutcome((CustomerOutcome)9)));

        Assert.Equal((customer, CustomerOutcome.Downgraded, true), (record.CustomerId, record.Outcome, record.Churned));
        Assert.Equal((ErrorCodes.UnknownCustomer, "customerId"), (unknown.Code, unknown.Errors[0].Field));
        Assert.Equal((ErrorCodes.UnknownValue, "outcome"), (badValue.Code, badValue.Errors[0].Field));
        var view = await client.GetCustomer(customer);
        Assert.Equal(1, view.TotalComplaints);
    }
}
