using System.Text.Json.Nodes;
using static ComplaintGrid.IntegrationTests.Fuzz.FuzzField;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Every API endpoint with a JSON body, with a valid body naming every field it reads. The fuzz key acts for the agents
/// the bodies name (<c>onBehalfOf</c>), so the proposer and the approver are two people. The fuzz test checks this list
/// against the mapped routes, so a new endpoint cannot go unfuzzed.
/// </summary>
public static class BodyEndpoints
{
    private const string Complaint = "/api/complaints/{id}/";

    /// <summary>Valid bodies of the actions a setup replays, the happy path of the lifecycle.</summary>
    public static readonly IReadOnlyDictionary<string, string> SetupBodies = new Dictionary<string, string>
    {
        ["acknowledge"] = """{"onBehalfOf":"agent-ana","message":"We are on it."}""",
        ["assess"] = """{"onBehalfOf":"agent-ana","upheld":true,"type":"Substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}""",
        ["route"] = """{"onBehalfOf":"agent-ana"}""",
        ["start-investigation"] = """{"onBehalfOf":"lead-ben","ownerAgentId":"agent-carl"}""",
        ["investigation"] = """{"onBehalfOf":"agent-carl","rootCause":"No wrap.","accountableOwner":"depot-north"}""",
        ["propose-remedy"] = """{"onBehalfOf":"agent-carl","kind":"Compensation","amount":800,"description":"Goodwill."}""",
        ["propose-apology"] = """{"onBehalfOf":"agent-carl","kind":"Apology","description":"A letter from the depot manager."}""",
        ["approve-remedy"] = """{"onBehalfOf":"sup-dana"}""",
        ["resolve"] = """{"onBehalfOf":"agent-carl","customerMessage":"Paid."}""",
        ["feedback"] = """{"satisfied":true}""",
        ["hold"] = """{"onBehalfOf":"agent-ana","reason":"Waiting for photos."}""",
    };

    private static readonly string[] Assessed = ["acknowledge", "assess"];
    private static readonly string[] Assigned = [.. Assessed, "route"];
    private static readonly string[] Investigating = [.. Assigned, "start-investigation"];
    private static readonly string[] Investigated = [.. Investigating, "investigation"];
    private static readonly string[] AwaitingApproval = [.. Investigated, "propose-remedy"];
    private static readonly string[] Resolved = [.. AwaitingApproval, "approve-remedy", "resolve"];

    public static IReadOnlyList<BodyEndpoint> All { get; } =
    [
        new("POST", "/api/complaints/", Obj("""
            {"customerId":"cust-fuzz","channel":"Phone","subject":"Order","reference":"ORD-88123","description":"The sofa arrived with a torn cover.",
             "demand":"Exchange","category":"Delivery","severity":"High","idempotencyKey":"fuzz-key-1"}
            """),
            [Id("customerId"), Enum("channel"), Enum("subject"), Optional("reference", FieldLimits.ReferenceMaxLength),
             Text("description", FieldLimits.DescriptionMaxLength), Enum("demand"), Enum("category"), Enum("severity"),
             Id("idempotencyKey", FieldLimits.IdempotencyKeyMaxLength)], []),
        new("PUT", "/api/customers/{id}/profile", Obj("""{"customerSince":"2019-05-01T00:00:00Z","valueTier":"Gold"}"""),
            [new("customerSince", FieldKind.PastDate), new("valueTier", FieldKind.OptionalEnum)], []),
        new("POST", "/api/customers/{id}/outcomes", Obj("""{"outcome":"Left","at":"2020-01-01T00:00:00Z"}"""),
            [Enum("outcome"), new("at", FieldKind.PastDate)], []),
        new("POST", "/api/customers/{id}/bad-faith/clear", Obj("""{"reason":"The courier confirmed the parcels were opened."}"""),
            [Text("reason")], []),
        new("POST", "/api/incidents/{id}/members", Obj("""{"complaintId":"CMP-0000000000000","reason":"The same outage."}"""),
            [Id("complaintId"), Optional("reason")], []),
        new("POST", "/api/incidents/{id}/inform", Obj("""{"message":"The outage is fixed."}"""), [Text("message")], []),
        new("POST", "/api/incidents/{id}/resolve", Obj("""
            {"rootCause":"A failed router.","customerMessage":"Service is back.","lessons":"One router stops a town.",
             "preventionAction":"A spare router.","verification":"Ten lines checked."}
            """),
            [Text("rootCause"), Text("customerMessage"), Text("lessons"), Text("preventionAction"), Optional("verification")], []),
        Act("acknowledge", """{"onBehalfOf":"agent-ana","message":"We are on it."}""", [.. ActingAs("actor"), Text("message")], []),
        Act("assess", """
            {"onBehalfOf":"agent-ana","upheld":true,"type":"Substantive","cause":"System","overtWants":"A new cover.",
             "underlyingWants":["ToBeKeptInformed","ToBeHeard"],"explanation":"The cover tore in transit."}
            """,
            [.. ActingAs("actor"), new("upheld", FieldKind.RequiredBool), Enum("type"), Enum("cause"), Optional("overtWants"),
             new("underlyingWants", FieldKind.EnumList), Optional("explanation")], ["acknowledge"]),
        Act("route", """{"onBehalfOf":"agent-ana","departmentId":"logistics"}""", [.. ActingAs("actor"), new("departmentId", FieldKind.OptionalIdentifier)], Assessed),
        Act("hand-off", """{"onBehalfOf":"lead-ben","toDepartmentId":"customer-service","reason":"The customer asks for a goodwill call."}""",
            [.. ActingAs("actor"), Id("toDepartmentId"), Text("reason")], Assigned),
        Act("start-investigation", """{"onBehalfOf":"lead-ben","ownerAgentId":"agent-carl"}""", [.. ActingAs("actor"), Id("ownerAgentId")], Assigned),
        Act("investigation", """
            {"onBehalfOf":"agent-carl","rootCause":"No wrap.","accountableOwner":"depot-north",
             "eightD":{"team":"Depot north","problemDescription":"Torn covers.","containment":"Wrap all sofas.","rootCause":"No wrap.",
                       "correctiveAction":"Wrapping station.","verification":"Ten deliveries checked.","prevention":"Checklist."}}
            """,
            [.. ActingAs("actor"), Text("rootCause"), Text("accountableOwner", FieldLimits.ReferenceMaxLength), new("eightD", FieldKind.OptionalObject),
             Text("eightD.team"), Text("eightD.problemDescription"), Text("eightD.containment"), Text("eightD.rootCause"),
             Text("eightD.correctiveAction"), Optional("eightD.verification"), Optional("eightD.prevention")], Investigating),
        Act("propose-remedy", """{"onBehalfOf":"agent-carl","kind":"Refund","amount":120.50,"description":"Refund the delivery charge."}""",
            [.. ActingAs("actor"), Enum("kind"), new("amount", FieldKind.Amount), Text("description")], Investigated),
        Act("approve-remedy", """{"onBehalfOf":"sup-dana","note":"Within policy."}""", [.. ActingAs("supervisor"), Optional("note")], AwaitingApproval),
        Act("reject-remedy", """{"onBehalfOf":"sup-dana","reason":"Offer a repair first."}""", [.. ActingAs("supervisor"), Text("reason")], AwaitingApproval),
        Act("start-implementation", """{"onBehalfOf":"agent-carl"}""", [.. ActingAs("actor")], [.. Investigated, "propose-apology"]),
        Act("resolve", """{"onBehalfOf":"agent-carl","customerMessage":"The refund is on its way."}""", [.. ActingAs("actor"), Text("customerMessage")],
            [.. AwaitingApproval, "approve-remedy"]),
        Act("feedback", """{"satisfied":true,"comment":"Quick and fair."}""", [new("satisfied", FieldKind.RequiredBool), Optional("comment")], Resolved),
        Act("close", """{"onBehalfOf":"lead-ben","lessons":"Wrap checks.","preventionAction":"Checklist.","verification":"Ten deliveries."}""",
            [.. ActingAs("actor"), Optional("lessons"), Optional("preventionAction"), Optional("verification")], [.. Resolved, "feedback"]),
        Act("hold", """{"onBehalfOf":"agent-ana","reason":"Waiting for photos."}""", [.. ActingAs("actor"), Text("reason")], ["acknowledge"]),
        Act("resume", """{"onBehalfOf":"agent-ana"}""", [.. ActingAs("actor")], ["acknowledge", "hold"]),
        Act("inform-customer", """{"onBehalfOf":"agent-ana","message":"The depot is checking."}""", [.. ActingAs("actor"), Text("message")], ["acknowledge"]),
        Act("merge", """{"onBehalfOf":"lead-ben","duplicates":["CMP-0000000000000"],"reason":"Phone and e-mail, one problem."}""",
            [.. ActingAs("actor"), new("duplicates", FieldKind.EnumList), Optional("reason")], []),
        Act("escalate", """{"onBehalfOf":"agent-ana","reason":"Nobody called back."}""", [.. ActingAs("requestedBy"), Text("reason")], ["acknowledge"]),
    ];

    /// <summary>
    /// An action's actor fields: the agent the fuzz key acts for (it holds <c>act-as</c>), and the body's own actor field,
    /// which may be omitted (the actor is the caller) but is refused naming it when malformed.
    /// </summary>
    private static FuzzField[] ActingAs(string actorField) =>
        [new("onBehalfOf", FieldKind.OptionalIdentifier), new(actorField, FieldKind.OptionalIdentifier)];

    private static BodyEndpoint Act(string action, string body, IReadOnlyList<FuzzField> fields, IReadOnlyList<string> setup) =>
        new("POST", Complaint + action, Obj(body), fields, setup);

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();
}
