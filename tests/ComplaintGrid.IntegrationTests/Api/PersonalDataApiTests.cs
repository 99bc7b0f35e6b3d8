using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary><c>DELETE /api/customers/{id}/personal-data</c> through the real host: who may, what it answers, what it erases.</summary>
[Collection(SiloHostCollection.Name)]
public sealed class PersonalDataApiTests(SiloHostFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly HttpClient _http = fixture.Http;

    private static string PathOf(string customer) => $"/api/customers/{customer}/personal-data";

    [Fact]
    public async Task Erase_AsSupervisor_BlanksTheTextsKeepsTheFactsAndAnswersTheCount()
    {
        var customer = ApiCalls.NewCustomer();
        var id = await _http.FileAsync(ApiCalls.Filing(customer));
        await _http.Act(id, "acknowledge", """{"message":"We are on it, Mrs Jones."}""");
        var before = (await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;

        var response = await _http.DeleteAsync(PathOf(customer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Json();
        Assert.Equal((customer, 1, 1), ((string)answer["customerId"]!, (int)answer["complaints"]!, (int)answer["complaintsErased"]!));
        var after = (await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;
        Assert.Equal((ErasedText.Marker, ErasedText.Marker), ((string)after["description"]!, (string)after["reference"]!));
        var timeline = after["timeline"]!.AsArray();
        Assert.Equal(ErasedText.Marker, (string)timeline[1]!["detail"]!);
        Assert.Equal(("PersonalDataErased", SiloHostFixture.Supervisor), ((string)timeline[^1]!["kind"]!, (string)timeline[^1]!["actor"]!));
        Assert.Equal(((string)before["status"]!, (string)before["timeline"]![1]!["actor"]!, (string)before["timeline"]![1]!["at"]!),
            ((string)after["status"]!, (string)timeline[1]!["actor"]!, (string)timeline[1]!["at"]!));
        Assert.DoesNotContain("Mrs Jones", after.ToJsonString(), StringComparison.Ordinal);
        await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}"),
            v => (string)v!["complaints"]![0]!["reference"]! == ErasedText.Marker, "the customer's page shows the reference erased", Deadline, Poll);

        // Idempotent: the same answer, nothing more erased or recorded.
        var again = await (await _http.DeleteAsync(PathOf(customer))).Json();
        Assert.Equal((1, 0), ((int)again["complaints"]!, (int)again["complaintsErased"]!));
        Assert.Equal(timeline.Count, (await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!["timeline"]!.AsArray().Count);
    }

    [Fact]
    public async Task Erase_WithTheEraseScope_IsAllowed_AndOtherScopesAndRolesAreRefused()
    {
        var customer = ApiCalls.NewCustomer();
        await _http.FileAsync(ApiCalls.Filing(customer));
        using var act = fixture.KeyClient(SiloHostFixture.ActKey);
        using var approver = fixture.KeyClient(SiloHostFixture.ApproverKey);
        using var lead = fixture.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword);
        using var agent = fixture.BasicClient(SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword);

        foreach (var refused in new[] { act, approver, lead, agent })
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.DeleteAsync(PathOf(customer))).StatusCode);
        Assert.Equal(1, (int)(await (await _http.GetAsync($"/api/customers/{customer}")).Json())["totalComplaints"]!);

        using var eraser = fixture.KeyClient(SiloHostFixture.EraseKey);
        var response = await eraser.DeleteAsync(PathOf(customer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)(await response.Json())["complaintsErased"]!);
    }

    [Fact]
    public async Task Erase_MalformedCustomerId_IsAProblemNamingTheField()
    {
        var response = await _http.DeleteAsync(PathOf("not%20an%20id"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.Equal("customerId", (string)problem["field"]!);
        Assert.Equal(ErrorCodes.InvalidIdentifier, (string)problem["code"]!);
    }
}
