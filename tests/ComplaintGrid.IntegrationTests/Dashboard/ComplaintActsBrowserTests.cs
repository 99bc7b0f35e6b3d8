using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// Acting on a complaint from the live page's drill-down in Chromium, signed in with the sign-in cookie: each act done
/// through the page and read back from the API with the signed-in user as its actor, the acts offered by role and status,
/// refusals shown as the API's problem and changing nothing, the supervisors' approvals inbox, and one act by keyboard only.
/// Every complaint is filed into policy, the department of these tests.
/// </summary>
[Collection(DashboardPagesCollection.Name)]
public sealed class ComplaintActsBrowserTests(DashboardPagesHostFixture host, Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.DisposeAsync();
    }

    [Fact]
    public async Task AnAgent_AssignsAnOwner_FromTheDrillDown_AndTheApiRecordsTheAgentAsActor()
    {
        var (id, word) = await Assigned();
        var page = await SignIn(DashboardPagesHostFixture.PolicyAgent, DashboardPagesHostFixture.PolicyAgentPassword);
        await OpenFromSearch(page, id, word);

        Assert.Equal(["assign", "hand-off", "escalate", "inform"], await Offered(page));
        await page.ClickAsync("#act-buttons button[data-act=assign]");
        // The owner field starts with the signed-in agent (taking it oneself); any agent may be named.
        await Assertions.Expect(page.Locator("#act-form [name=ownerAgentId]")).ToHaveValueAsync(DashboardPagesHostFixture.PolicyAgent);
        await page.FillAsync("#act-form [name=ownerAgentId]", "agent-ana");
        await page.ClickAsync("#act-form button[type=submit]");

        await Assertions.Expect(page.Locator("#act-outcome [data-act-done=assign]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#complaint-body [data-field=status]")).ToHaveTextAsync("Investigating");
        await Assertions.Expect(page.Locator("#complaint-body [data-field=owner]")).ToHaveTextAsync("agent-ana");
        var complaint = await Read(id);
        Assert.Equal("Investigating", complaint.Status());
        Assert.Equal("agent-ana", (string)complaint["ownerAgentId"]!);
        AssertLastStep(complaint, "InvestigationStarted", DashboardPagesHostFixture.PolicyAgent);
    }

    [Fact]
    public async Task ASupervisor_HandsOffToAnotherDepartment_WithAReason()
    {
        var (id, word) = await Assigned();
        var page = await SignIn(DashboardPagesHostFixture.Supervisor, DashboardPagesHostFixture.SupervisorPassword);
        await OpenFromSearch(page, id, word);

        await page.ClickAsync("#act-buttons button[data-act=hand-off]");
        await page.FillAsync("#act-form [name=toDepartmentId]", "customer-service");
        await page.FillAsync("#act-form [name=reason]", "A conduct question, not a policy one.");
        await page.ClickAsync("#act-form button[type=submit]");

        await Assertions.Expect(page.Locator("#complaint-body [data-field=department]")).ToHaveTextAsync("Customer Service");
        await Assertions.Expect(page.Locator("#complaint-body [data-field=status]")).ToHaveTextAsync("Assigned");
        var complaint = await Read(id);
        Assert.Equal("customer-service", (string)complaint["departmentId"]!);
        var step = AssertLastStep(complaint, "HandedOff", DashboardPagesHostFixture.Supervisor);
        Assert.Contains("A conduct question, not a policy one.", (string)step["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgent_EscalatesAtTheCustomersRequest_AndSendsAProgressUpdate()
    {
        var (id, word) = await Assigned();
        var page = await SignIn(DashboardPagesHostFixture.PolicyAgent, DashboardPagesHostFixture.PolicyAgentPassword);
        await OpenFromSearch(page, id, word);

        await page.ClickAsync("#act-buttons button[data-act=escalate]");
        await page.FillAsync("#act-form [name=reason]", "The customer asked for a manager.");
        await page.ClickAsync("#act-form button[type=submit]");
        await Assertions.Expect(page.Locator("#act-outcome [data-act-done=escalate]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline] li[data-kind=EscalationRequested]")).ToHaveCountAsync(1);
        var escalated = await Read(id);
        Assert.NotEqual("None", (string)escalated["escalationLevel"]!);
        AssertLastStep(escalated, "EscalationRequested", DashboardPagesHostFixture.PolicyAgent);

        await page.ClickAsync("#act-buttons button[data-act=inform]");
        await page.FillAsync("#act-form [name=message]", "We are checking the policy and will call you tomorrow.");
        await page.ClickAsync("#act-form button[type=submit]");
        await Assertions.Expect(page.Locator("#act-outcome [data-act-done=inform]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline] li[data-kind=CustomerInformed]")).ToHaveCountAsync(1);
        var step = AssertLastStep(await Read(id), "CustomerInformed", DashboardPagesHostFixture.PolicyAgent);
        Assert.Equal("We are checking the policy and will call you tomorrow.", (string)step["detail"]!);
    }

    [Fact]
    public async Task TheApprovalsInbox_ListsARemedyAwaitingApproval_AndApprovingItThereRecordsTheSupervisor()
    {
        var (id, _) = await AwaitingApproval();
        var page = await SignIn(DashboardPagesHostFixture.PolicySupervisor, DashboardPagesHostFixture.PolicySupervisorPassword);
        var entry = page.Locator($"#approvals-list tr[data-complaint-id='{id}']");

        await Assertions.Expect(page.Locator("#approvals")).ToBeVisibleAsync();
        await Assertions.Expect(entry).ToBeVisibleAsync();
        await entry.Locator("button.complaint").ClickAsync();
        await Assertions.Expect(page.Locator("#complaint-body [data-field=status]")).ToHaveTextAsync("AwaitingApproval");
        Assert.Equal(["escalate", "inform", "approve", "reject"], await Offered(page));
        await page.ClickAsync("#act-buttons button[data-act=approve]");
        await page.FillAsync("#act-form [name=note]", "Within policy.");
        await page.ClickAsync("#act-form button[type=submit]");

        await Assertions.Expect(page.Locator("#complaint-body [data-field=status]")).ToHaveTextAsync("Implementing");
        await Assertions.Expect(entry).ToHaveCountAsync(0);
        var complaint = await Read(id);
        Assert.Equal("Implementing", complaint.Status());
        Assert.Equal(DashboardPagesHostFixture.PolicySupervisor, (string)complaint["approval"]!["supervisor"]!);
        Assert.True((bool)complaint["approval"]!["approved"]!);
        AssertLastStep(complaint, "RemedyApproved", DashboardPagesHostFixture.PolicySupervisor);
        await AssertNoPolicyViolations(page);
    }

    [Fact]
    public async Task ASupervisor_RejectsARemedy_WithAReason_AndItGoesBackToInvestigating()
    {
        var (id, _) = await AwaitingApproval();
        var page = await SignIn(DashboardPagesHostFixture.PolicySupervisor, DashboardPagesHostFixture.PolicySupervisorPassword);
        await page.Locator($"#approvals-list tr[data-complaint-id='{id}'] button.complaint").ClickAsync();

        await page.ClickAsync("#act-buttons button[data-act=reject]");
        await page.FillAsync("#act-form [name=reason]", "Offer a repair before money.");
        await page.ClickAsync("#act-form button[type=submit]");

        await Assertions.Expect(page.Locator("#complaint-body [data-field=status]")).ToHaveTextAsync("Investigating");
        var complaint = await Read(id);
        Assert.False((bool)complaint["approval"]!["approved"]!);
        Assert.Equal(DashboardPagesHostFixture.PolicySupervisor, (string)complaint["approval"]!["supervisor"]!);
        var step = AssertLastStep(complaint, "RemedyRejected", DashboardPagesHostFixture.PolicySupervisor);
        Assert.Contains("Offer a repair before money.", (string)step["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActTheComplaintNoLongerAllows_ShowsTheApisProblem_AndChangesNothing()
    {
        var (id, _) = await AwaitingApproval();
        var page = await SignIn(DashboardPagesHostFixture.PolicySupervisor, DashboardPagesHostFixture.PolicySupervisorPassword);
        await page.Locator($"#approvals-list tr[data-complaint-id='{id}'] button.complaint").ClickAsync();
        await page.ClickAsync("#act-buttons button[data-act=reject]");
        await page.FillAsync("#act-form [name=reason]", "Too generous.");

        // Meanwhile another supervisor approves: the drill-down still offers Reject, and the API refuses it.
        await host.Http.Act(id, "approve-remedy", """{"note":"Fine by me."}""");
        var before = await Read(id);
        using var refused = await host.Http.PostJson($"/api/complaints/{id}/reject-remedy", """{"reason":"Too generous."}""");
        var problem = await refused.Json();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await page.ClickAsync("#act-form button[type=submit]");

        var shown = page.Locator("#act-problem");
        await Assertions.Expect(shown.Locator("[data-field=detail]")).ToHaveTextAsync((string)problem["detail"]!);
        await Assertions.Expect(shown.Locator("[data-field=title]")).ToHaveTextAsync((string)problem["title"]!);
        Assert.Equal("alert", await shown.GetAttributeAsync("role"));
        // The form stays as typed, and nothing changed.
        await Assertions.Expect(page.Locator("#act-form [name=reason]")).ToHaveValueAsync("Too generous.");
        await Assertions.Expect(page.Locator("#act-outcome")).ToBeEmptyAsync();
        var after = await Read(id);
        Assert.Equal("Implementing", after.Status());
        Assert.Equal(before["sequence"]!.ToJsonString(), after["sequence"]!.ToJsonString());
    }

    [Fact]
    public async Task BadInput_ShowsTheFieldsErrorBesideIt_AndChangesNothing()
    {
        var (id, word) = await Assigned();
        var page = await SignIn(DashboardPagesHostFixture.PolicyAgent, DashboardPagesHostFixture.PolicyAgentPassword);
        await OpenFromSearch(page, id, word);

        await page.ClickAsync("#act-buttons button[data-act=assign]");
        await page.FillAsync("#act-form [name=ownerAgentId]", "agent ana");
        await page.ClickAsync("#act-form button[type=submit]");

        var field = page.Locator("#act-form [name=ownerAgentId]");
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#act-form [data-field-error=ownerAgentId]")).ToContainTextAsync("ownerAgentId");
        await Assertions.Expect(page.Locator("#act-problem [data-field=title]")).ToHaveTextAsync("The request broke a rule");
        await Assertions.Expect(field).ToBeFocusedAsync();
        var complaint = await Read(id);
        Assert.Equal("Assigned", complaint.Status());
        Assert.Null(complaint["ownerAgentId"]);
    }

    [Fact]
    public async Task OnlyTheActsTheRoleAndStatusAllow_AreOffered()
    {
        // A remedy the unbound supervisor proposed: an agent never approves, a lead only looks, the proposer may not
        // approve their own remedy, and another supervisor may.
        var (id, word) = await AwaitingApproval(proposedBySupervisor: true);

        var agent = await SignIn(DashboardPagesHostFixture.PolicyAgent, DashboardPagesHostFixture.PolicyAgentPassword);
        await OpenFromSearch(agent, id, word);
        Assert.Equal(["escalate", "inform"], await Offered(agent));
        await Assertions.Expect(agent.Locator("#act-notes")).ToBeEmptyAsync();
        await Assertions.Expect(agent.Locator("#approvals")).ToBeHiddenAsync();

        var lead = await SignIn(DashboardPagesHostFixture.Lead, DashboardPagesHostFixture.LeadPassword);
        await OpenFromSearch(lead, id, word);
        Assert.Empty(await Offered(lead));
        await Assertions.Expect(lead.Locator("#act-notes")).ToContainTextAsync("Leads look");
        await Assertions.Expect(lead.Locator("#approvals")).ToBeHiddenAsync();

        var proposer = await SignIn(DashboardPagesHostFixture.Supervisor, DashboardPagesHostFixture.SupervisorPassword);
        await OpenFromSearch(proposer, id, word);
        Assert.Equal(["escalate", "inform"], await Offered(proposer));
        await Assertions.Expect(proposer.Locator("#act-notes")).ToContainTextAsync("You proposed this remedy");

        var other = await SignIn(DashboardPagesHostFixture.PolicySupervisor, DashboardPagesHostFixture.PolicySupervisorPassword);
        await OpenFromSearch(other, id, word);
        Assert.Equal(["escalate", "inform", "approve", "reject"], await Offered(other));
    }

    [Fact]
    public async Task AnAct_ByKeyboardOnly_TabEnterAndEscape()
    {
        var (id, _) = await AwaitingApproval();
        var page = await SignIn(DashboardPagesHostFixture.PolicySupervisor, DashboardPagesHostFixture.PolicySupervisorPassword);
        var entry = page.Locator($"#approvals-list tr[data-complaint-id='{id}'] button.complaint");
        await entry.FocusAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#complaint")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#act-buttons button.act").First).ToBeVisibleAsync();
        await TabTo(page, "#act-buttons button[data-act=escalate]");
        await page.Keyboard.PressAsync("Enter");
        var reason = page.Locator("#act-form [name=reason]");
        await Assertions.Expect(reason).ToBeFocusedAsync();

        // Escape closes the form, gives the focus back to its button, and leaves the drill-down open.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#act-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#act-buttons button[data-act=escalate]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#complaint")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(reason).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("The customer asked for the head of policy.");
        await TabTo(page, "#act-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#act-outcome [data-act-done=escalate]")).ToBeVisibleAsync();
        var step = AssertLastStep(await Read(id), "EscalationRequested", DashboardPagesHostFixture.PolicySupervisor);
        Assert.Contains("The customer asked for the head of policy.", (string)step["detail"]!, StringComparison.Ordinal);
        // The focus stays in the drill-down, on its first act; Escape then closes it.
        await Assertions.Expect(page.Locator("#act-buttons button.act").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#complaint")).ToBeHiddenAsync();
        await AssertNoPolicyViolations(page);
    }

    private static async Task AssertNoPolicyViolations(IPage page) =>
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.policyViolations"));

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus; fails after more presses than the drill-down has controls.</summary>
    private static async Task TabTo(IPage page, string selector)
    {
        const int mostControls = 20;
        for (var i = 0; i < mostControls; i++)
        {
            if (await page.Locator(selector).EvaluateAsync<bool>("e => e === document.activeElement"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{mostControls} presses of Tab never reached {selector}.");
    }

    private async Task<IPage> SignIn(string user, string password)
    {
        var context = await chromium.NewContextAsync();
        _contexts.Add(context);
        // The page keeps the site's content-security policy: anything it refuses (an inline style, say) is counted.
        await context.AddInitScriptAsync(
            "window.policyViolations = []; document.addEventListener('securitypolicyviolation', e => window.policyViolations.push(e.violatedDirective));");
        return (await WallScreen.SignIn(context, host.BaseAddress, user, password)).Page;
    }

    private static async Task<string[]> Offered(IPage page)
    {
        await Assertions.Expect(page.Locator("#complaint-acts")).ToBeVisibleAsync();
        return await page.Locator("#act-buttons button.act").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.act)");
    }

    /// <summary>Finds the complaint by its word in the page's search, expands it, and opens its drill-down.</summary>
    private static async Task OpenFromSearch(IPage page, string id, string word)
    {
        await page.FillAsync("#search-q", word);
        await page.ClickAsync("#search button[type=submit]");
        await page.Locator($"#search-results tr[data-complaint-id='{id}'] button.complaint").ClickAsync();
        await page.Locator("#search-results tr.detail:visible button.link").ClickAsync();
        await Assertions.Expect(page.Locator("#complaint-title")).ToHaveTextAsync($"Complaint {id}");
        await Assertions.Expect(page.Locator("#complaint-body [data-field=status]")).ToBeVisibleAsync();
    }

    /// <summary>A policy complaint routed and waiting for an owner, found in the history by its word.</summary>
    private async Task<(string Id, string Word)> Assigned()
    {
        var word = "zp" + Guid.NewGuid().ToString("N")[..8];
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["category"] = "Policy";
        filing["description"] = $"The {word} returns policy was applied wrongly.";
        var id = await host.Http.FileAsync(filing);
        await host.Http.Act(id, "acknowledge", """{"message":"We are on it."}""");
        await host.Http.Act(id, "assess", """{"upheld":true,"type":"Substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}""");
        Assert.Equal("Assigned", (await host.Http.Act(id, "route", "{}")).Status());
        await Eventually.True(async () => (await host.Http.GetFromJsonAsync<JsonArray>($"/api/complaints?q={word}&status=Assigned"))!.Count == 1,
            $"complaint {id} assigned in the history", Within);
        return (id, word);
    }

    /// <summary>A policy complaint whose money remedy awaits approval, proposed by the policy agent (or the unbound supervisor).</summary>
    private async Task<(string Id, string Word)> AwaitingApproval(bool proposedBySupervisor = false)
    {
        var (id, word) = await Assigned();
        using var agent = BasicAuth.Client(host.BaseAddress, DashboardPagesHostFixture.PolicyAgent, DashboardPagesHostFixture.PolicyAgentPassword);
        var by = proposedBySupervisor ? host.Http : agent;
        await by.Act(id, "start-investigation", """{"ownerAgentId":"agent-ana"}""");
        await by.Act(id, "investigation", """{"rootCause":"An old rule was applied.","accountableOwner":"policy-team"}""");
        Assert.Equal("AwaitingApproval", (await by.Act(id, "propose-remedy", """{"kind":"Compensation","amount":800,"description":"Goodwill."}""")).Status());
        await Eventually.True(async () => (await host.Http.GetFromJsonAsync<JsonArray>($"/api/complaints?q={word}&status=AwaitingApproval"))!.Count == 1,
            $"complaint {id} awaiting approval in the history", Within);
        return (id, word);
    }

    private async Task<JsonObject> Read(string id) => (await host.Http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;

    /// <summary>The complaint's last timeline step is <paramref name="kind"/>, by the signed-in <paramref name="actor"/>, come in as a user.</summary>
    private static JsonNode AssertLastStep(JsonObject complaint, string kind, string actor)
    {
        var step = complaint["timeline"]!.AsArray()[^1]!;
        Assert.Equal(kind, (string)step["kind"]!);
        Assert.Equal(actor, (string)step["actor"]!);
        Assert.Equal("User", (string)step["via"]!["channel"]!);
        return step;
    }
}
