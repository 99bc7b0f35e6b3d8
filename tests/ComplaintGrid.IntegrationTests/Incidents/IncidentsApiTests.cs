using System.Net;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Incidents;

/// <summary>Incidents over HTTP: a burst opens one, a supervisor tells every customer at once and resolves the cause.</summary>
[Collection(IncidentHostCollection.Name)]
public sealed class IncidentsApiTests(IncidentHostFixture host)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task FilingABurstOfOneStory_OpensOneIncidentListingThem_AndALaterOneJoins()
    {
        var (reference, description) = IncidentHostFixture.NewStory();
        var ids = await host.FileStory(reference, description, IncidentHostFixture.MinimumCount);

        var incidentId = await OpenIncident(reference, IncidentHostFixture.MinimumCount);
        var incident = await Get($"/api/incidents/{incidentId}");
        Assert.Equal(ids.Order(), incident["members"]!.AsArray().Select(m => (string)m!["complaintId"]!).Order());
        Assert.Equal("logistics", (string)incident["departmentId"]!);
        Assert.Equal("Delivery", (string)incident["category"]!);
        Assert.Equal(IncidentHostFixture.MinimumCount, (int)incident["growth"]!);
        foreach (var id in ids)
        {
            var complaint = await Eventually.Value(() => Get($"/api/complaints/{id}"), c => c["incidentId"] is not null, $"{id} to record its incident", Within);
            Assert.Equal(incidentId, (string)complaint["incidentId"]!);
            Assert.Contains(complaint["timeline"]!.AsArray(), e => (string)e!["kind"]! == "JoinedIncident");
        }

        var later = (await host.FileStory(reference, description, 1))[0];
        await OpenIncident(reference, IncidentHostFixture.MinimumCount + 1);
        Assert.Single(await List(), e => (string)e["title"]! == reference);
        Assert.Contains(later, (await Get($"/api/incidents/{incidentId}"))["members"]!.AsArray().Select(m => (string)m!["complaintId"]!));
    }

    [Fact]
    public async Task FewerThanTheMinimum_OpenNoIncident()
    {
        var (reference, description) = IncidentHostFixture.NewStory();
        var ids = await host.FileStory(reference, description, IncidentHostFixture.MinimumCount - 1);

        // Detection is one-way from filing: once a complaint filed after these shows on the board, they were all seen.
        var (marker, markerText) = IncidentHostFixture.NewStory();
        await host.FileStory(marker, markerText, IncidentHostFixture.MinimumCount);
        await OpenIncident(marker, IncidentHostFixture.MinimumCount);

        Assert.DoesNotContain(await List(), e => (string)e["title"]! == reference);
        Assert.Null((await Get($"/api/complaints/{ids[0]}"))["incidentId"]);
    }

    [Fact]
    public async Task Inform_ReachesEveryMember_AcknowledgingThoseNotYetAcknowledged()
    {
        var (reference, description) = IncidentHostFixture.NewStory();
        var ids = await host.FileStory(reference, description, IncidentHostFixture.MinimumCount);
        var incidentId = await OpenIncident(reference, IncidentHostFixture.MinimumCount);
        await host.Http.Act(ids[0], "acknowledge", """{"message":"Looking into it."}""");
        const string message = "The depot's sorter failed this morning; parcels move again from 14:00.";

        using var lead = host.Client(IncidentHostFixture.Lead, IncidentHostFixture.LeadPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostJson($"/api/incidents/{incidentId}/inform", new JsonObject { ["message"] = message })).StatusCode);
        var empty = await host.Http.PostJson($"/api/incidents/{incidentId}/inform", """{"message":"  "}""");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"message\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Received", (await Get($"/api/complaints/{ids[1]}")).Status());

        var response = await host.Http.PostJson($"/api/incidents/{incidentId}/inform", new JsonObject { ["message"] = message });
        var outcome = await response.Json();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ids.Order(), outcome["done"]!.AsArray().Select(d => (string)d!).Order());
        foreach (var id in ids)
        {
            var complaint = await Get($"/api/complaints/{id}");
            Assert.Contains(complaint["timeline"]!.AsArray(), e => (string)e!["detail"]! == message && (string)e["actor"]! == IncidentHostFixture.Supervisor);
            Assert.Equal("Acknowledged", complaint.Status());
        }
    }

    [Fact]
    public async Task Resolve_ClosesTheMembersTheLifecycleLetsClose_WithOneEvaluation_AndReportsTheRest()
    {
        var (reference, description) = IncidentHostFixture.NewStory();
        var ids = await host.FileStory(reference, description, IncidentHostFixture.MinimumCount);
        var incidentId = await OpenIncident(reference, IncidentHostFixture.MinimumCount);
        var implementing = ids[0];
        await host.Http.Act(implementing, "acknowledge", """{"message":"Looking into it."}""");
        await host.Http.Act(implementing, "assess", """{"upheld":true,"type":"Substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}""");
        await host.Http.Act(implementing, "route", "{}");
        await host.Http.Act(implementing, "start-investigation", """{"ownerAgentId":"agent-carl"}""");
        await host.Http.Act(implementing, "investigation", """{"rootCause":"Sorter down.","accountableOwner":"depot-north"}""");
        await host.Http.Act(implementing, "propose-remedy", """{"kind":"Compensation","amount":20,"description":"Delivery fee back."}""");
        await host.Http.Act(implementing, "start-implementation", "{}");

        var missing = await host.Http.PostJson($"/api/incidents/{incidentId}/resolve", """{"rootCause":"Sorter failed.","customerMessage":"Fixed."}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("Implementing", (await Get($"/api/complaints/{implementing}")).Status());

        var response = await host.Http.PostJson($"/api/incidents/{incidentId}/resolve", """
            {"rootCause":"The depot sorter failed.","customerMessage":"The sorter is fixed and your parcel is on its way.",
             "lessons":"One sorter stops a region.","preventionAction":"A second sorter on standby."}
            """);
        var outcome = await response.Json();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([implementing], outcome["done"]!.AsArray().Select(d => (string)d!));
        Assert.Equal(ids.Skip(1).Order(), outcome["notDone"]!.AsArray().Select(d => (string)d!["complaintId"]!).Order());
        var closed = await Get($"/api/complaints/{implementing}");
        Assert.Equal("Closed", closed.Status());
        Assert.Equal("One sorter stops a region.", (string)closed["evaluation"]!["lessons"]!);
        Assert.Equal("Resolved", (string)outcome["incident"]!["status"]!);
        Assert.Equal("The depot sorter failed.", (string)outcome["incident"]!["rootCause"]!);
        await Eventually.True(async () => !(await List()).Any(e => (string)e["id"]! == incidentId), "the resolved incident to leave the list", Within);
    }

    [Fact]
    public async Task JoiningAComplaintOfAnotherDepartment_NeedsAReason_AndWithoutOneChangesNothing()
    {
        var (reference, description) = IncidentHostFixture.NewStory();
        await host.FileStory(reference, description, IncidentHostFixture.MinimumCount);
        var incidentId = await OpenIncident(reference, IncidentHostFixture.MinimumCount);
        var (billingReference, billingText) = IncidentHostFixture.NewStory();
        var billing = (await host.FileStory(billingReference, billingText, 1, category: "Billing"))[0];

        var refused = await host.Http.PostJson($"/api/incidents/{incidentId}/members", new JsonObject { ["complaintId"] = billing });
        var problem = await refused.Json();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"reason\"", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(IncidentHostFixture.MinimumCount, (int)(await Get($"/api/incidents/{incidentId}"))["count"]!);
        Assert.Null((await Get($"/api/complaints/{billing}"))["incidentId"]);

        var joined = await host.Http.PostJson($"/api/incidents/{incidentId}/members",
            new JsonObject { ["complaintId"] = billing, ["reason"] = "Charged twice for the parcels the sorter lost." });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal(IncidentHostFixture.MinimumCount + 1, (int)(await joined.Json())["count"]!);
        Assert.Equal(incidentId, (string)(await Get($"/api/complaints/{billing}"))["incidentId"]!);
    }

    [Fact]
    public async Task AnUnknownIncident_Is404NamingId()
    {
        foreach (var path in new[] { "/api/incidents/INC-000000000000", "/api/incidents/not-an-incident" })
        {
            var response = await host.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("\"id\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var inform = await host.Http.PostJson("/api/incidents/INC-000000000000/inform", """{"message":"Hello."}""");
        Assert.Equal(HttpStatusCode.NotFound, inform.StatusCode);
    }

    private async Task<string> OpenIncident(string title, int count)
    {
        var entry = await Eventually.Value(List, l => l.Any(e => (string)e["title"]! == title && (int)e["count"]! == count),
            $"an incident '{title}' of {count}", Within);
        return (string)entry.Single(e => (string)e["title"]! == title)["id"]!;
    }

    private async Task<JsonObject[]> List() =>
        JsonNode.Parse(await host.Http.GetStringAsync("/api/incidents"))!.AsArray().Select(e => e!.AsObject()).ToArray();

    private async Task<JsonObject> Get(string path) => JsonNode.Parse(await host.Http.GetStringAsync(path))!.AsObject();
}
