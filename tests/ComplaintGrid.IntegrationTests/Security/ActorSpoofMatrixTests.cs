using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// Every lifecycle action, sent by every kind of caller naming someone else as its actor (or asking to act for an agent):
/// each answer is the one its door allows, and a refused request changes nothing. Then what is recorded when the door
/// lets the act through: the caller, and how it came.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class ActorSpoofMatrixTests(SiloHostFixture host, ITestOutputHelper output)
{
    /// <summary>Every action whose body names an actor, with that field.</summary>
    private static readonly (string Action, string ActorField)[] Actions =
    [
        ("acknowledge", "actor"), ("assess", "actor"), ("route", "actor"), ("hand-off", "actor"), ("start-investigation", "actor"),
        ("investigation", "actor"), ("propose-remedy", "actor"), ("approve-remedy", "supervisor"), ("reject-remedy", "supervisor"),
        ("start-implementation", "actor"), ("resolve", "actor"), ("close", "actor"), ("hold", "actor"), ("resume", "actor"),
        ("inform-customer", "actor"), ("escalate", "requestedBy"),
    ];

    private static readonly string[] Approvals = ["approve-remedy", "reject-remedy"];

    private enum Caller { Lead, AgentOfTheDepartment, AgentOfAnotherDepartment, Supervisor, KeyWithoutActAs, KeyWithActAs, KeyWithActAsAndApprove }

    /// <summary>Callers that may never approve, and are told so by role (users) or by scope (keys).</summary>
    private static bool MayNotApprove(Caller caller, string action, out (int, string, string?) refusal)
    {
        refusal = caller is Caller.KeyWithoutActAs or Caller.KeyWithActAs ? (403, "auth.scope_required", null) : (403, "auth.forbidden", null);
        return Approvals.Contains(action) && caller is Caller.AgentOfTheDepartment or Caller.AgentOfAnotherDepartment or Caller.KeyWithoutActAs or Caller.KeyWithActAs;
    }

    [Fact]
    public async Task EveryAction_EveryCaller_NamingAnotherActor_IsRefusedAtTheDoor_AndChangesNothing()
    {
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var before = await Sequence(id);
        var checkedCases = 0;
        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var http = Client(caller);
            foreach (var (action, field) in Actions)
            {
                // Naming someone else as the actor.
                var spoof = new JsonObject { [field] = "someone-else" };
                var (status, code, named) = await Send(http, id, action, spoof);
                var (expectedStatus, expectedCode, expectedField) = ExpectedForSpoof(caller, action, field);
                Assert.True((expectedStatus, expectedCode, expectedField) == (status, code, named),
                    $"{caller} {action} naming {field}: expected {expectedStatus} {expectedCode} {expectedField}, got {status} {code} {named}");
                checkedCases++;

                // Asking to act for an agent.
                var onBehalf = new JsonObject { ["onBehalfOf"] = "agent-ana", [field] = "someone-else" };
                (status, code, named) = await Send(http, id, action, onBehalf);
                (expectedStatus, expectedCode, expectedField) = ExpectedForOnBehalfOf(caller, action, field);
                Assert.True((expectedStatus, expectedCode, expectedField) == (status, code, named),
                    $"{caller} {action} onBehalfOf: expected {expectedStatus} {expectedCode} {expectedField}, got {status} {code} {named}");
                checkedCases++;
            }
        }
        Assert.Equal(before, await Sequence(id));
        output.WriteLine($"{checkedCases} refusals checked over {Actions.Length} actions and {Enum.GetValues<Caller>().Length} kinds of caller");
    }

    [Fact]
    public async Task SignedInUser_OmittingOrNamingThemself_IsRecordedAsThemself_ViaUser()
    {
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        await host.Http.Act(id, "acknowledge", """{"message":"We are on it."}""");
        var complaint = await host.Http.Act(id, "inform-customer", $$"""{"actor":"{{SiloHostFixture.Supervisor.ToUpperInvariant()}}","message":"Still looking."}""");

        var timeline = complaint["timeline"]!.AsArray();
        Assert.Equal(("intake", "User"), (timeline[0]!["actor"].Text(), timeline[0]!["via"]!["channel"].Text()));
        foreach (var entry in timeline.Skip(1))
        {
            Assert.Equal(SiloHostFixture.Supervisor, entry!["actor"].Text());
            Assert.Equal("User", entry["via"]!["channel"].Text());
            Assert.Equal("basic", entry["via"]!["name"].Text());
        }
    }

    [Fact]
    public async Task ApiKey_ActsAsItsIntegration_OrWithActAsForTheAgentItNames()
    {
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        using var ticketing = host.KeyClient(SiloHostFixture.ActKey);
        using var crm = host.KeyClient(SiloHostFixture.ActAsKey);

        await ticketing.Act(id, "acknowledge", """{"message":"We are on it."}""");
        var complaint = await crm.Act(id, "inform-customer", """{"actor":"agent-ana","onBehalfOf":"agent-ana","message":"Still looking."}""");

        var timeline = complaint["timeline"]!.AsArray();
        Assert.Equal(("ticketing", "ApiKey", "ticketing"), Entry(timeline[1]!));
        Assert.Equal(("agent-ana", "ApiKey", "crm"), Entry(timeline[2]!));
    }

    [Fact]
    public async Task FourEyes_TheProposerCannotDecide_AnotherSupervisorCan()
    {
        using var second = host.BasicClient(SiloHostFixture.SecondSupervisor, SiloHostFixture.SecondSupervisorPassword);
        var approved = await AwaitingApproval(host.Http);
        var rejected = await AwaitingApproval(host.Http);

        Assert.Equal((409, "complaint.approval.same_person", "supervisor"), await Send(host.Http, approved, "approve-remedy", new JsonObject { ["note"] = "Fine." }));
        Assert.Equal((409, "complaint.approval.same_person", "supervisor"), await Send(host.Http, rejected, "reject-remedy", new JsonObject { ["reason"] = "Too generous." }));
        var decided = await second.Act(approved, "approve-remedy", """{"note":"Within policy."}""");
        Assert.Equal("Implementing", decided.Status());
        Assert.Equal(SiloHostFixture.SecondSupervisor, decided["approval"]!["supervisor"].Text());
        Assert.Equal("Investigating", (await second.Act(rejected, "reject-remedy", """{"reason":"Offer a repair first."}""")).Status());
    }

    [Fact]
    public async Task FourEyes_ApiKeys_NeedTheApproveScope_AndAnotherAgentThanTheProposer()
    {
        using var crm = host.KeyClient(SiloHostFixture.ActAsKey);
        using var approver = host.KeyClient(SiloHostFixture.ApproverKey);
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        foreach (var (action, body) in LifecycleToProposal)
        {
            var onBehalf = JsonNode.Parse(body)!.AsObject();
            onBehalf["onBehalfOf"] = "agent-carl";
            await crm.Act(id, action, onBehalf.ToJsonString());
        }

        Assert.Equal((403, "auth.scope_required", null), await Send(crm, id, "approve-remedy", new JsonObject { ["onBehalfOf"] = "sup-dana" }));
        Assert.Equal((409, "complaint.approval.same_person", "supervisor"),
            await Send(approver, id, "approve-remedy", new JsonObject { ["onBehalfOf"] = "agent-carl" }));
        var decided = await approver.Act(id, "approve-remedy", """{"onBehalfOf":"sup-dana","note":"Within policy."}""");

        Assert.Equal("Implementing", decided.Status());
        Assert.Equal(("sup-dana", "ApiKey", "crm-approver"), Entry(decided["timeline"]!.AsArray()[^1]!));
    }

    private static readonly (string Action, string Body)[] LifecycleToProposal =
    [
        ("acknowledge", """{"message":"We are on it."}"""),
        ("assess", """{"upheld":true,"type":"Substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}"""),
        ("route", "{}"),
        ("start-investigation", """{"ownerAgentId":"agent-carl"}"""),
        ("investigation", """{"rootCause":"No wrap.","accountableOwner":"depot-north"}"""),
        ("propose-remedy", """{"kind":"Compensation","amount":800,"description":"Goodwill."}"""),
    ];

    private static async Task<string> AwaitingApproval(HttpClient http)
    {
        var id = await http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        foreach (var (action, body) in LifecycleToProposal)
            await http.Act(id, action, body);
        return id;
    }

    // The door checks who may act before which department the complaint is in: another department's agent naming
    // someone else is refused for the name, and the honest call is answered 404 (DepartmentScopeTests).
    private static (int, string, string?) ExpectedForSpoof(Caller caller, string action, string field) =>
        caller == Caller.Lead ? (403, "auth.forbidden", null)
        : MayNotApprove(caller, action, out var refusal) ? refusal
        : (403, "auth.actor_mismatch", field);

    private static (int, string, string?) ExpectedForOnBehalfOf(Caller caller, string action, string field) =>
        caller == Caller.Lead ? (403, "auth.forbidden", null)
        : MayNotApprove(caller, action, out var refusal) ? refusal
        : caller is Caller.KeyWithActAs or Caller.KeyWithActAsAndApprove
            ? (403, "auth.actor_mismatch", field) // it acts for agent-ana, and the body still names someone else
            : (403, "auth.act_as_forbidden", "onBehalfOf");

    private HttpClient Client(Caller caller) => caller switch
    {
        Caller.Lead => host.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword),
        Caller.AgentOfTheDepartment => host.BasicClient(SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword),
        Caller.AgentOfAnotherDepartment => host.BasicClient(SiloHostFixture.BillingAgent, SiloHostFixture.BoundPassword),
        Caller.Supervisor => host.BasicClient(SiloHostFixture.Supervisor, SiloHostFixture.SupervisorPassword),
        Caller.KeyWithoutActAs => host.KeyClient(SiloHostFixture.ActKey),
        Caller.KeyWithActAs => host.KeyClient(SiloHostFixture.ActAsKey),
        _ => host.KeyClient(SiloHostFixture.ApproverKey),
    };

    private static async Task<(int Status, string Code, string? Field)> Send(HttpClient http, string id, string action, JsonObject body)
    {
        var response = await http.PostJson($"/api/complaints/{id}/{action}", body);
        var problem = await response.Json();
        return ((int)response.StatusCode, problem["code"].Text(), problem["field"]?.GetValue<string>());
    }

    private async Task<long> Sequence(string id) => (long)(await host.Http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!["sequence"]!;

    private static (string, string, string) Entry(JsonNode entry) =>
        (entry["actor"].Text(), entry["via"]!["channel"].Text(), entry["via"]!["name"].Text());
}
