using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// Leads, agents and supervisors bound to departments see and act only there: another department's complaint, queue
/// and live feed answer as if they did not exist, and a refused act changes nothing.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class DepartmentScopeTests(SiloHostFixture host)
{
    [Fact]
    public async Task AgentOfTheDepartment_ReadsAndActs_AsThemself()
    {
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer())); // Delivery: logistics
        using var agent = host.BasicClient(SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword);

        var acknowledged = await agent.Act(id, "acknowledge", """{"message":"We are on it."}""");

        Assert.Equal("Acknowledged", acknowledged.Status());
        Assert.Equal(SiloHostFixture.LogisticsAgent, acknowledged["timeline"]!.AsArray()[^1]!["actor"].Text());
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/complaints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/departments/logistics/queue")).StatusCode);
    }

    [Fact]
    public async Task AnotherDepartmentsComplaint_IsNotFound_ForReadingAndActing_AndStaysUnchanged()
    {
        var id = await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        using var agent = host.BasicClient(SiloHostFixture.BillingAgent, SiloHostFixture.BoundPassword);
        using var lead = host.BasicClient(SiloHostFixture.BillingLead, SiloHostFixture.BoundPassword);
        var neverFiled = (await (await lead.GetAsync("/api/complaints/CMP-0000000000000")).Json())["code"].Text();

        foreach (var response in new[]
        {
            await lead.GetAsync($"/api/complaints/{id}"),
            await agent.GetAsync($"/api/complaints/{id}"),
            await agent.PostJson($"/api/complaints/{id}/acknowledge", """{"message":"Not mine."}"""),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            // The same answer as for a complaint that was never filed: nothing tells the two apart.
            Assert.Equal(neverFiled, (await response.Json())["code"].Text());
        }
        Assert.Equal("Received", (await host.Http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!.Status());
    }

    [Fact]
    public async Task Departments_ListOnlyTheCallersOwn_AndAnotherIsNotConfigured()
    {
        using var lead = host.BasicClient(SiloHostFixture.BillingLead, SiloHostFixture.BoundPassword);

        var listed = (await lead.GetFromJsonAsync<JsonArray>("/api/departments"))!.Select(d => d!["departmentId"].Text()).ToArray();
        var other = await lead.GetAsync("/api/departments/logistics/queue");

        Assert.Equal(["finance"], listed);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("department.unknown", (await other.Json())["code"].Text());
        Assert.True((await host.Http.GetFromJsonAsync<JsonArray>("/api/departments"))!.Count > 1, "an unbound supervisor sees every department");
    }

    [Fact]
    public async Task LiveFeed_BoundUser_WatchesOnlyTheirDepartment()
    {
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "/hub/dashboard"), o => o.Headers["Authorization"] =
                BasicAuth.Header(SiloHostFixture.BillingLead, SiloHostFixture.BoundPassword).ToString())
            .Build();
        await hub.StartAsync();

        var all = JsonNode.Parse((await hub.InvokeAsync<JsonElement>("Watch", (string?)null)).GetRawText())!;
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("Watch", "logistics"));

        Assert.Equal("finance", all["departmentId"].Text());
        Assert.Equal(["finance"], all["allDepartments"]!.AsArray().Select(d => d!["departmentId"].Text()));
        Assert.All(all["departments"]!.AsArray(), t => Assert.Equal("finance", t!["departmentId"].Text()));
        Assert.All(all["escalations"]!.AsArray(), e => Assert.Equal("finance", e!["departmentId"].Text()));
        Assert.Contains("is not a configured department", refused.Message, StringComparison.Ordinal);
    }
}
