using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

[Collection(SiloHostCollection.Name)]
public sealed class ComplaintsApiTests(SiloHostFixture fixture)
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Lifecycle_OverHttp_FromFilingToClosing()
    {
        var customer = ApiCalls.NewCustomer();
        var filed = await _http.PostJson("/api/complaints", ApiCalls.Filing(customer));
        var id = (string)(await filed.Json())["id"]!;

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal($"/api/complaints/{id}", filed.Headers.Location!.OriginalString);
        Assert.Equal("Acknowledged", (await _http.Act(id, "acknowledge", """{"message":"We are on it."}""")).Status());
        Assert.Equal("Assessed", (await _http.Act(id, "assess", """{"upheld":true,"type":"substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}""")).Status());
        Assert.Equal("Assigned", (await _http.Act(id, "route", """{}""")).Status());
        Assert.Equal("Investigating", (await _http.Act(id, "start-investigation", """{"ownerAgentId":"agent-carl"}""")).Status());
        await _http.Act(id, "investigation", """{"rootCause":"No wrap.","accountableOwner":"depot-north"}""");
        Assert.Equal("AwaitingApproval", (await _http.Act(id, "propose-remedy", """{"kind":"Compensation","amount":800,"description":"Goodwill."}""")).Status());
        using var secondSupervisor = fixture.BasicClient(SiloHostFixture.SecondSupervisor, SiloHostFixture.SecondSupervisorPassword);
        Assert.Equal("Implementing", (await secondSupervisor.Act(id, "approve-remedy", """{"note":"Within policy."}""")).Status());
        Assert.Equal("Resolved", (await _http.Act(id, "resolve", """{"customerMessage":"Paid."}""")).Status());
        Assert.Equal("Resolved", (await _http.Act(id, "feedback", """{"satisfied":true}""")).Status());
        var closed = await _http.Act(id, "close", """{"lessons":"Wrap checks.","preventionAction":"Checklist."}""");

        Assert.Equal("Closed", closed.Status());
        Assert.Equal("Resolved", (string)closed["outcome"]!);
        var fetched = await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}");
        Assert.Equal(11, fetched!["timeline"]!.AsArray().Count);
        var customerView = await _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}");
        Assert.Equal(1, (int)customerView!["totalComplaints"]!);
        Assert.NotEmpty(customerView["risk"]!["topFactors"]!.AsArray());
    }

    [Fact]
    public async Task File_SameIdempotencyKeyHeaderTwice_FilesOneComplaintAtOneLocationNobodyCouldCompute()
    {
        var customer = ApiCalls.NewCustomer();
        var filing = ApiCalls.Filing(customer);
        filing.Remove("idempotencyKey");

        async Task<(string Id, string Location)> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(filing) };
            request.Headers.Add("Idempotency-Key", "crm-4711");
            var response = await _http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return ((string)(await response.Json())["id"]!, response.Headers.Location!.OriginalString);
        }

        var first = await Send();
        var second = await Send();

        Assert.Equal(first, second);
        Assert.Equal($"/api/complaints/{first.Id}", first.Location);
        Assert.NotEqual(ComplaintIds.Unkeyed(customer, "crm-4711"), first.Id);
        var customerView = await _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}");
        Assert.Equal(1, (int)customerView!["totalComplaints"]!);
    }

    public static TheoryData<string, string, int, string, string> BadFilings() => new()
    {
        { "malformed JSON", """{"customerId": "c1", """, 400, "request.malformed_json", "body" },
        { "unknown enum", """{"channel":"Fax"}""", 400, "field.unknown_value", "channel" },
        { "enum as number", """{"severity":2}""", 400, "field.unknown_value", "severity" },
        { "wrong type", """{"customerId":123}""", 400, "field.wrong_type", "customerId" },
        { "missing enum", """{"severity":null}""", 400, "field.required", "severity" },
        { "over-long text", $$"""{"description":"{{new string('x', 4001)}}"}""", 400, "field.too_long", "description" },
        { "control characters", """{"description":"bad\u0007bell"}""", 400, "field.control_characters", "description" },
        { "path characters in id", """{"customerId":"../../etc/passwd"}""", 400, "field.invalid_identifier", "customerId" },
        { "missing key", """{"idempotencyKey":null}""", 400, "field.required", "idempotencyKey" },
    };

    [Theory]
    [MemberData(nameof(BadFilings))]
    public async Task File_BadInput_Answers4xxProblemNamingTheField(string scenario, string patch, int status, string code, string field)
    {
        var customer = ApiCalls.NewCustomer();
        string body;
        if (scenario == "malformed JSON")
        {
            body = patch;
        }
        else
        {
            var filing = ApiCalls.Filing(customer);
            foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
                filing[name] = value?.DeepClone();
            body = filing.ToJsonString();
        }

        var response = await _http.PostJson("/api/complaints", body);
        var problem = await response.Json();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(code, (string)problem["code"]!);
        Assert.Equal(field, (string)problem["field"]!);
        Assert.Contains(field == "body" ? "JSON" : field, (string)problem["detail"]!, StringComparison.Ordinal);
        var customerView = await _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}");
        Assert.Equal(0, (int)customerView!["totalComplaints"]!);
    }

    [Fact]
    public async Task Actions_BadInputAndIllegalTransitions_AreProblemsAndChangeNothing()
    {
        var id = await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var before = await Snapshot(id);

        var illegal = await _http.PostJson($"/api/complaints/{id}/resolve", """{"customerMessage":"Done"}""");
        var missingBool = await _http.PostJson($"/api/complaints/{id}/feedback", """{"comment":"meh"}""");
        var missingMessage = await _http.PostJson($"/api/complaints/{id}/acknowledge", """{}""");
        var emptyBody = await _http.PostJson($"/api/complaints/{id}/acknowledge", "");
        var badAmount = await _http.PostJson($"/api/complaints/{id}/propose-remedy", """{"kind":"Refund","amount":"lots","description":"x"}""");

        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        var illegalProblem = await illegal.Json();
        Assert.Equal(("complaint.transition.illegal", "status"), ((string)illegalProblem["code"]!, (string)illegalProblem["field"]!));
        Assert.Equal(HttpStatusCode.BadRequest, missingBool.StatusCode);
        Assert.Equal("satisfied", (string)(await missingBool.Json())["field"]!);
        Assert.Equal("message", (string)(await missingMessage.Json())["field"]!);
        Assert.Equal(HttpStatusCode.BadRequest, emptyBody.StatusCode);
        Assert.Equal("request.body_required", (string)(await emptyBody.Json())["code"]!);
        Assert.Equal("amount", (string)(await badAmount.Json())["field"]!);
        Assert.Equal(before, await Snapshot(id));
    }

    /// <summary>Everything but the running clocks' elapsed time, which moves with the real clock.</summary>
    private async Task<string> Snapshot(string id)
    {
        var complaint = (await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;
        complaint.Remove("clocks");
        return complaint.ToJsonString();
    }

    [Fact]
    public async Task Get_UnknownOrMalformedComplaintId_Is404Problem()
    {
        var unknown = await _http.GetAsync("/api/complaints/CMP-0000000000000");
        var malformed = await _http.GetAsync("/api/complaints/not-an-id");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("complaint.not_found", (string)(await unknown.Json())["code"]!);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal("id", (string)(await malformed.Json())["field"]!);
    }

    [Fact]
    public async Task File_BodyOverTheLimit_Is413()
    {
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["description"] = new string('x', 70_000);

        var response = await _http.PostJson("/api/complaints", filing);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request.too_large", (string)(await response.Json())["code"]!);
    }

    [Fact]
    public async Task File_DeeplyNestedBody_IsRefused()
    {
        var nested = string.Concat(Enumerable.Repeat("""{"a":""", 40)) + "1" + new string('}', 40);

        var response = await _http.PostJson("/api/complaints", nested);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.too_deep", (string)(await response.Json())["code"]!);
    }
}
