using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.Api;
using ComplaintGrid.IntegrationTests.Fuzz;
using ComplaintGrid.IntegrationTests.Incidents;

namespace ComplaintGrid.IntegrationTests.Api.Contracts;

/// <summary>
/// Real responses of every operation, its successes and the errors it documents, validated against the served
/// OpenAPI document's schemas (JSON Schema 2020-12, as OpenAPI 3.1 has it) by ajv (tests/contracts/validate-responses.mjs).
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class OpenApiResponseTests(SiloHostFixture fixture) : IDisposable
{
    /// <summary>A well-formed id no complaint has.</summary>
    private const string UnknownComplaint = "CMP-0000000000000";

    /// <summary>Statuses the tests cannot cause on demand without starving a shared caller or stopping the cluster.</summary>
    private static readonly int[] NotDriven = [429, 503];

    /// <summary>A valid body for each lifecycle action, in lifecycle order along the happy path.</summary>
    private static readonly (string Action, string OperationId, string Body)[] HappyPath =
    [
        ("acknowledge", "Acknowledge", """{"message":"We are on it."}"""),
        ("assess", "Assess", """{"upheld":true,"type":"Substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}"""),
        ("route", "Route", "{}"),
        ("start-investigation", "StartInvestigation", """{"ownerAgentId":"agent-carl"}"""),
        ("investigation", "RecordInvestigation", """{"rootCause":"No wrap.","accountableOwner":"depot-north"}"""),
        ("propose-remedy", "ProposeRemedy", """{"kind":"Exchange","description":"Replace the cover."}"""),
        ("start-implementation", "StartImplementation", "{}"),
        ("resolve", "Resolve", """{"customerMessage":"Your new cover arrives Thursday."}"""),
        ("feedback", "RecordFeedback", """{"satisfied":true}"""),
        ("close", "Close", """{"lessons":"Wrap checks.","preventionAction":"Checklist."}"""),
    ];

    /// <summary>Actions off the happy path, each with a valid body.</summary>
    private static readonly (string Action, string OperationId, string Body)[] SidePath =
    [
        ("hold", "PutOnHold", """{"reason":"Waiting on photos."}"""),
        ("resume", "Resume", "{}"),
        ("inform-customer", "InformCustomer", """{"message":"Still on it."}"""),
        ("escalate", "RequestEscalation", """{"reason":"Too slow."}"""),
        ("hand-off", "HandOff", """{"toDepartmentId":"finance","reason":"A refund question."}"""),
        ("reject-remedy", "RejectRemedy", """{"reason":"Too much."}"""),
        ("approve-remedy", "ApproveRemedy", """{"note":"Within policy."}"""),
    ];

    private readonly List<Sample> _samples = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("complaintgrid-responses-").FullName;

    [Fact]
    public async Task EveryOperation_RealSuccessAndErrorResponses_MatchTheDocument()
    {
        var document = (await fixture.Http.GetFromJsonAsync<JsonObject>(ApiOpenApi.Path))!;
        using var anonymous = new HttpClient { BaseAddress = fixture.BaseAddress };
        using var lead = fixture.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword);
        using var fileOnly = fixture.KeyClient(SiloHostFixture.FileKey);
        using var secondSupervisor = fixture.BasicClient(SiloHostFixture.SecondSupervisor, SiloHostFixture.SecondSupervisorPassword);
        var http = fixture.Http;

        await DriveComplaints(http, anonymous, lead, fileOnly, secondSupervisor);
        await DriveMerge(http, anonymous, fileOnly);
        await DriveCustomers(http, anonymous, lead, fileOnly);
        await DriveDepartments(http, anonymous, lead, fileOnly);
        await DriveSearch(http, anonymous, fileOnly);
        await DriveReports(http, anonymous, fileOnly);
        await DriveChurn(http, anonymous, lead, fileOnly);
        await DriveBadFaith(http, anonymous, lead);
        await DriveIncidents(http, anonymous, lead, fileOnly);

        var results = await ValidateAsync(document);
        var failures = results.Where(r => r.Problems.Length > 0)
            .Select(r => $"{r.OperationId} {r.Status}: {string.Join("; ", r.Problems)}\n  body: {Truncate(_samples[r.Index].Body?.ToJsonString())}")
            .ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} of {results.Length} responses do not match the document:\n" + string.Join("\n", failures));

        // Every operation was driven, and every error it documents really happened.
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!.AsObject())).ToArray();
        Assert.All(operations, operation =>
        {
            var id = (string)operation["operationId"]!;
            var seen = _samples.Where(s => s.OperationId == id).Select(s => s.Status).ToHashSet();
            var documented = operation["responses"]!.AsObject().Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Contains(seen, s => s is >= 200 and < 300);
            Assert.All(documented.Except(NotDriven), status => Assert.True(seen.Contains(status), $"{id} documents {status}, which no request produced."));
        });
    }

    private async Task DriveComplaints(HttpClient http, HttpClient anonymous, HttpClient lead, HttpClient fileOnly, HttpClient secondSupervisor)
    {
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        var filed = await Record("FileComplaint", http.PostJson("/api/complaints", filing));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (string)(await filed.Json())["id"]!;
        var conflicting = ApiCalls.Filing((string)filing["customerId"]!, (string)filing["idempotencyKey"]!);
        conflicting["description"] = "Another complaint under the same key.";
        await Record("FileComplaint", http.PostJson("/api/complaints", conflicting));
        await DriveBodyErrors("FileComplaint", "/api/complaints", HttpMethod.Post, http, anonymous, lead);

        await Record("GetComplaint", http.GetAsync($"/api/complaints/{id}"));
        await Record("GetComplaint", http.GetAsync($"/api/complaints/{UnknownComplaint}"));
        await Record("GetComplaint", anonymous.GetAsync($"/api/complaints/{id}"));
        await Record("GetComplaint", fileOnly.GetAsync($"/api/complaints/{id}"));
        await Record("CheckDeadlines", http.PostAsync($"/api/complaints/{id}/check-deadlines", null));
        await Record("CheckDeadlines", http.PostAsync($"/api/complaints/{UnknownComplaint}/check-deadlines", null));
        await Record("CheckDeadlines", anonymous.PostAsync($"/api/complaints/{id}/check-deadlines", null));
        await Record("CheckDeadlines", lead.PostAsync($"/api/complaints/{id}/check-deadlines", null));

        // The happy path, each action once, then every action again on the closed complaint: 409.
        foreach (var (action, operationId, body) in HappyPath)
            Assert.True((await Record(operationId, http.PostJson($"/api/complaints/{id}/{action}", body))).IsSuccessStatusCode, action);

        // The side path on a second complaint: hold, resume, inform, escalate, hand off; a remedy that needs approval,
        // rejected and then approved by another supervisor.
        var second = await http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        foreach (var (action, _, body) in HappyPath.Take(5))
            await http.Act(second, action, body);
        foreach (var (action, operationId, body) in SidePath.Take(5))
            Assert.True((await Record(operationId, http.PostJson($"/api/complaints/{second}/{action}", body))).IsSuccessStatusCode, action);
        await http.Act(second, "start-investigation", """{"ownerAgentId":"agent-carl"}""");
        await http.Act(second, "investigation", """{"rootCause":"No wrap.","accountableOwner":"depot-north"}""");
        const string Costly = """{"kind":"Compensation","amount":800,"description":"Goodwill."}""";
        await http.Act(second, "propose-remedy", Costly);
        Assert.True((await Record("RejectRemedy", secondSupervisor.PostJson($"/api/complaints/{second}/reject-remedy", SidePath[5].Body))).IsSuccessStatusCode);
        await http.Act(second, "propose-remedy", Costly);
        Assert.True((await Record("ApproveRemedy", secondSupervisor.PostJson($"/api/complaints/{second}/approve-remedy", SidePath[6].Body))).IsSuccessStatusCode);

        foreach (var (action, operationId, body) in HappyPath.Concat(SidePath))
        {
            var path = $"/api/complaints/{id}/{action}";
            await Record(operationId, http.PostJson(path, body));
            await Record(operationId, http.PostJson($"/api/complaints/{UnknownComplaint}/{action}", body));
            await DriveBodyErrors(operationId, path, HttpMethod.Post, http, anonymous, lead);
        }
    }

    /// <summary>A merge, then its errors: an unknown or closed primary, and the body errors (a file-only key for 403: leads merge).</summary>
    private async Task DriveMerge(HttpClient http, HttpClient anonymous, HttpClient fileOnly)
    {
        var customer = ApiCalls.NewCustomer();
        var primary = await http.FileAsync(ApiCalls.Filing(customer));
        var duplicate = await http.FileAsync(ApiCalls.Filing(customer));
        var body = $$"""{"duplicates":["{{duplicate}}"],"reason":"The same sofa."}""";
        var path = $"/api/complaints/{primary}/merge";
        Assert.True((await Record("MergeDuplicates", http.PostJson(path, body))).IsSuccessStatusCode);
        await Record("MergeDuplicates", http.PostJson($"/api/complaints/{UnknownComplaint}/merge", body));
        await Record("MergeDuplicates", http.PostJson($"/api/complaints/{duplicate}/merge", $$"""{"duplicates":["{{primary}}"]}"""));
        await DriveBodyErrors("MergeDuplicates", path, HttpMethod.Post, http, anonymous, fileOnly);
    }

    private async Task DriveCustomers(HttpClient http, HttpClient anonymous, HttpClient lead, HttpClient fileOnly)
    {
        var customer = ApiCalls.NewCustomer();
        var profile = $"/api/customers/{customer}/profile";
        await Record("SetCustomerProfile", http.PutAsync(profile, Json("""{"customerSince":"2019-03-01T00:00:00Z","valueTier":"Gold"}""")));
        await Record("SetCustomerProfile", http.PutAsync(profile, Json("""{"valueTier":"Diamond"}""")));
        await DriveBodyErrors("SetCustomerProfile", profile, HttpMethod.Put, http, anonymous, lead);

        await http.FileAsync(ApiCalls.Filing(customer));
        await Record("GetCustomer", http.GetAsync($"/api/customers/{customer}"));
        await Record("GetCustomer", http.GetAsync("/api/customers/not%20an%20id"));
        await Record("GetCustomer", anonymous.GetAsync($"/api/customers/{customer}"));
        await Record("GetCustomer", fileOnly.GetAsync($"/api/customers/{customer}"));

        var personalData = $"/api/customers/{customer}/personal-data";
        await Record("ErasePersonalData", http.DeleteAsync(personalData));
        await Record("ErasePersonalData", http.DeleteAsync("/api/customers/not%20an%20id/personal-data"));
        await Record("ErasePersonalData", anonymous.DeleteAsync(personalData));
        await Record("ErasePersonalData", lead.DeleteAsync(personalData));
    }

    private async Task DriveBadFaith(HttpClient http, HttpClient anonymous, HttpClient lead)
    {
        var customer = ApiCalls.NewCustomer();
        await FuzzTargets.FlaggedCustomerAsync(http, customer);
        const string Flagged = "/api/customers/flagged";
        await Record("ListFlaggedCustomers", http.GetAsync(Flagged));
        await Record("ListFlaggedCustomers", anonymous.GetAsync(Flagged));
        await Record("ListFlaggedCustomers", lead.GetAsync(Flagged));
        var path = $"/api/customers/{customer}/bad-faith";
        await Record("GetBadFaith", http.GetAsync(path));
        await Record("GetBadFaith", http.GetAsync("/api/customers/not%20an%20id/bad-faith"));
        await Record("GetBadFaith", anonymous.GetAsync(path));
        await Record("GetBadFaith", lead.GetAsync(path));
        const string Reason = """{"reason":"The courier confirmed the parcels were opened."}""";
        Assert.True((await Record("ClearBadFaith", http.PostJson(path + "/clear", Reason))).IsSuccessStatusCode);
        await Record("ClearBadFaith", http.PostJson(path + "/clear", Reason));
        await DriveBodyErrors("ClearBadFaith", path + "/clear", HttpMethod.Post, http, anonymous, lead);
    }

    /// <summary>An incident opened as the detector opens one (the shared host's detection is off), then its acts and their errors.</summary>
    private async Task DriveIncidents(HttpClient http, HttpClient anonymous, HttpClient lead, HttpClient fileOnly)
    {
        var (incident, _) = await OpenedIncident.OpenAsync(fixture.Grains, http);
        const string Unknown = "/api/incidents/INC-000000000000";
        await Record("ListIncidents", http.GetAsync("/api/incidents"));
        await Record("ListIncidents", anonymous.GetAsync("/api/incidents"));
        await Record("ListIncidents", fileOnly.GetAsync("/api/incidents"));
        var path = $"/api/incidents/{incident}";
        await Record("GetIncident", http.GetAsync(path));
        await Record("GetIncident", http.GetAsync(Unknown));
        await Record("GetIncident", anonymous.GetAsync(path));
        await Record("GetIncident", fileOnly.GetAsync(path));

        var joining = await http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var join = $$"""{"complaintId":"{{joining}}","reason":"The same outage."}""";
        const string Inform = """{"message":"The outage is fixed."}""";
        const string Resolve = """{"rootCause":"A failed router.","customerMessage":"Service is back.","lessons":"One router stops a town.","preventionAction":"A spare router."}""";
        var acts = new[] { ("JoinIncident", "members", join), ("InformIncident", "inform", Inform), ("ResolveIncident", "resolve", Resolve) };
        foreach (var (operationId, act, body) in acts)
        {
            Assert.True((await Record(operationId, http.PostJson($"{path}/{act}", body))).IsSuccessStatusCode, act);
            await Record(operationId, http.PostJson($"{Unknown}/{act}", body));
            await DriveBodyErrors(operationId, $"{path}/{act}", HttpMethod.Post, http, anonymous, lead);
        }
        // Resolved: every act on it is refused.
        foreach (var (operationId, act, body) in acts)
            await Record(operationId, http.PostJson($"{path}/{act}", body));
    }

    private async Task DriveChurn(HttpClient http, HttpClient anonymous, HttpClient lead, HttpClient fileOnly)
    {
        const string Models = "/api/churn/models";
        const string Fit = "/api/churn/models/fit";
        await Record("GetChurnModels", http.GetAsync(Models));
        await Record("GetChurnModels", anonymous.GetAsync(Models));
        await Record("GetChurnModels", fileOnly.GetAsync(Models));
        // Before the outcomes below there are too few to fit (the host asks for 20): 400.
        await Record("FitChurnModel", lead.PostAsync(Fit, null));
        await Record("FitChurnModel", anonymous.PostAsync(Fit, null));
        await Record("FitChurnModel", fileOnly.PostAsync(Fit, null));

        var customers = Enumerable.Range(0, 40).Select(_ => ApiCalls.NewCustomer()).ToArray();
        foreach (var customer in customers)
            await http.FileAsync(ApiCalls.Filing(customer));
        for (var i = 0; i < customers.Length; i++)
        {
            var customer = customers[i];
            await Eventually.Value(() => http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}"),
                v => (int)v!["totalComplaints"]! == 1, "the customer has heard of the complaint", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50));
            var outcome = i % 2 == 0 ? """{"outcome":"left","at":"2026-01-05T10:00:00Z"}""" : """{"outcome":"stayed"}""";
            Assert.True((await Record("RecordCustomerOutcome", http.PostJson($"/api/customers/{customer}/outcomes", outcome))).IsSuccessStatusCode);
        }
        await Record("RecordCustomerOutcome", http.PostJson($"/api/customers/{ApiCalls.NewCustomer()}/outcomes", """{"outcome":"left"}"""));
        await Record("RecordCustomerOutcome", http.PostJson("/api/customers/not%20an%20id/outcomes", """{"outcome":"left"}"""));
        await Record("RecordCustomerOutcome", http.PostJson($"/api/customers/{customers[0]}/outcomes", """{"outcome":"emigrated"}"""));
        await DriveBodyErrors("RecordCustomerOutcome", $"/api/customers/{customers[0]}/outcomes", HttpMethod.Post, http, anonymous, lead);

        Assert.Equal(HttpStatusCode.OK, (await Record("FitChurnModel", lead.PostAsync(Fit, null))).StatusCode);
        await Record("GetChurnModels", http.GetAsync(Models));
    }

    private async Task DriveDepartments(HttpClient http, HttpClient anonymous, HttpClient lead, HttpClient fileOnly)
    {
        await Record("ListDepartments", http.GetAsync("/api/departments"));
        await Record("ListDepartments", anonymous.GetAsync("/api/departments"));
        await Record("ListDepartments", fileOnly.GetAsync("/api/departments"));
        foreach (var (operationId, path) in new[] { ("GetDepartment", ""), ("GetDepartmentQueue", "/queue") })
        {
            await Record(operationId, http.GetAsync($"/api/departments/logistics{path}"));
            await Record(operationId, http.GetAsync($"/api/departments/not%20an%20id{path}"));
            await Record(operationId, http.GetAsync($"/api/departments/nowhere{path}"));
            await Record(operationId, anonymous.GetAsync($"/api/departments/logistics{path}"));
            await Record(operationId, fileOnly.GetAsync($"/api/departments/logistics{path}"));
        }
        await Record("GetDepartmentQueue", http.GetAsync("/api/departments/logistics/queue?limit=0"));
        foreach (var (operationId, method) in new[] { ("StartShift", HttpMethod.Put), ("EndShift", HttpMethod.Delete) })
        {
            await Record(operationId, http.SendAsync(new HttpRequestMessage(method, "/api/departments/logistics/shifts/agent-openapi")));
            await Record(operationId, http.SendAsync(new HttpRequestMessage(method, "/api/departments/not%20an%20id/shifts/agent-openapi")));
            await Record(operationId, http.SendAsync(new HttpRequestMessage(method, "/api/departments/nowhere/shifts/agent-openapi")));
            await Record(operationId, anonymous.SendAsync(new HttpRequestMessage(method, "/api/departments/logistics/shifts/agent-openapi")));
            await Record(operationId, lead.SendAsync(new HttpRequestMessage(method, "/api/departments/logistics/shifts/agent-openapi")));
        }
    }

    private async Task DriveSearch(HttpClient http, HttpClient anonymous, HttpClient fileOnly)
    {
        var customer = ApiCalls.NewCustomer();
        await http.FileAsync(ApiCalls.Filing(customer));
        await Eventually.True(async () => (await http.GetFromJsonAsync<JsonArray>($"/api/complaints?customerId={customer}"))!.Count == 1,
            "the filing reaches the history", TimeSpan.FromSeconds(30));
        using var billingAgent = fixture.BasicClient(SiloHostFixture.BillingAgent, SiloHostFixture.BoundPassword);
        await Record("SearchComplaints", http.GetAsync($"/api/complaints?customerId={customer}&limit=5"));
        await Record("SearchComplaints", http.GetAsync("/api/complaints?limit=0"));
        await Record("SearchComplaints", http.GetAsync("/api/complaints?colour=red"));
        await Record("SearchComplaints", billingAgent.GetAsync("/api/complaints?departmentId=logistics"));
        await Record("SearchComplaints", anonymous.GetAsync("/api/complaints"));
        await Record("SearchComplaints", fileOnly.GetAsync("/api/complaints"));
    }

    private async Task DriveReports(HttpClient http, HttpClient anonymous, HttpClient fileOnly)
    {
        using var billingAgent = fixture.BasicClient(SiloHostFixture.BillingAgent, SiloHostFixture.BoundPassword);
        foreach (var (operationId, path, own) in new[] { ("GetServiceReport", "/api/reports/service", "period=day"), ("GetRootCauseReport", "/api/reports/root-causes", "by=category") })
        {
            const string Range = "from=2026-11-01&to=2026-12-31";
            await Record(operationId, http.GetAsync($"{path}?{Range}&{own}"));
            await Record(operationId, http.GetAsync($"{path}?{Range}&{own}&format=csv"));
            await Record(operationId, http.GetAsync($"{path}?{Range}&timeZone=Mars%2FOlympus"));
            await Record(operationId, billingAgent.GetAsync($"{path}?{Range}&departmentId=logistics"));
            await Record(operationId, anonymous.GetAsync($"{path}?{Range}"));
            await Record(operationId, fileOnly.GetAsync($"{path}?{Range}"));
        }
    }

    /// <summary>What any body can meet: unreadable JSON (400), over the limit (413), not JSON (415), no caller (401), a lead acting (403).</summary>
    private async Task DriveBodyErrors(string operationId, string path, HttpMethod method, HttpClient http, HttpClient anonymous, HttpClient lead)
    {
        await Record(operationId, http.SendAsync(new HttpRequestMessage(method, path) { Content = Json("{\"broken\":") }));
        await Record(operationId, http.SendAsync(new HttpRequestMessage(method, path) { Content = Json($"{{\"note\":\"{new string('x', 70 * 1024)}\"}}") }));
        await Record(operationId, http.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent("hello", Encoding.UTF8, "text/plain") }));
        await Record(operationId, anonymous.SendAsync(new HttpRequestMessage(method, path) { Content = Json("{}") }));
        await Record(operationId, lead.SendAsync(new HttpRequestMessage(method, path) { Content = Json("{}") }));
    }

    private async Task<HttpResponseMessage> Record(string operationId, Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType;
        // A text answer (a CSV report) is checked as the string it is; every other body is JSON.
        var body = text.Length == 0 ? null : contentType?.MediaType?.StartsWith("text/", StringComparison.Ordinal) == true ? JsonValue.Create(text) : JsonNode.Parse(text);
        _samples.Add(new Sample(operationId, (int)response.StatusCode, contentType?.ToString(), body));
        return response;
    }

    private async Task<Result[]> ValidateAsync(JsonObject document)
    {
        var documentPath = Path.Combine(_folder, "openapi.json");
        var samplesPath = Path.Combine(_folder, "samples.json");
        await File.WriteAllTextAsync(documentPath, document.ToJsonString());
        await File.WriteAllTextAsync(samplesPath, JsonSerializer.Serialize(_samples, JsonSerializerOptions.Web));
        var run = await ContractTools.NodeAsync("validate-responses.mjs", [documentPath, samplesPath]);
        Assert.True(run.ExitCode == 0, "validate-responses.mjs failed:\n" + run.Output);
        return JsonSerializer.Deserialize<Result[]>(run.StandardOutput, JsonSerializerOptions.Web)!;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Truncate(string? text) => text is null ? "(none)" : text.Length <= 400 ? text : text[..400] + "…";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record Sample(string OperationId, int Status, string? ContentType, JsonNode? Body);

    private sealed record Result(int Index, string OperationId, int Status, string[] Problems);
}
