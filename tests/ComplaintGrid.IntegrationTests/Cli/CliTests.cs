using System.Text.Json;
using ComplaintGrid.IntegrationTests.Cluster;

namespace ComplaintGrid.IntegrationTests.Cli;

/// <summary>The <c>complaintgrid</c> CLI as a script or a person runs it: a process against a running silo process.</summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class CliTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>
{
    private static readonly string[] FileArguments =
    [
        "file", "--customer", "cust-cli-1", "--channel", "phone", "--subject", "Order", "--reference", "ORD-88123",
        "--description", "The sofa arrived with a torn cover.", "--demand", "Exchange", "--category", "Delivery", "--severity", "High",
    ];

    private static readonly string[] HealthNames = ["Green", "Amber", "Red"];

    [Fact]
    public async Task File_Show_AndActions_WithJson_MoveTheComplaintAlong()
    {
        // A customer of its own: another test's filing of the same order for cust-cli-1 would make this one its duplicate.
        string[] arguments = [.. FileArguments];
        arguments[Array.IndexOf(arguments, "cust-cli-1")] = "cust-cli-flow";
        var filed = await Json(silo.RunAsync([.. arguments, "--idempotency-key", "crm-4711", "--json"]));
        var id = filed.GetProperty("id").GetString()!;
        Assert.StartsWith("CMP-", id, StringComparison.Ordinal);
        Assert.Equal("Received", filed.GetProperty("status").GetString());
        Assert.Equal("logistics", filed.GetProperty("departmentId").GetString());

        var again = await Json(silo.RunAsync([.. arguments, "--idempotency-key", "crm-4711", "--json"]));
        Assert.Equal(id, again.GetProperty("id").GetString());

        await Step("Acknowledged", "acknowledge", id, "--actor", "agent-ana", "--message", "Sorry; we will call you tomorrow.");
        await Step("Assessed", "assess", id, "--actor", "agent-ana", "--upheld", "true", "--type", "Substantive", "--cause", "System", "--want", "ToBeKeptInformed");
        await Step("Assigned", "route", id, "--actor", "agent-ana");
        var investigating = await Step("Investigating", "start-investigation", id, "--actor", "lead-ben", "--owner", "agent-carl");
        Assert.Equal("agent-carl", investigating.GetProperty("ownerAgentId").GetString());

        var shown = await Json(silo.RunAsync("show", id, "--json"));
        Assert.Equal(
            ["Filed", "Acknowledged", "Assessed", "Routed", "InvestigationStarted"],
            shown.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()!).ToArray());

        var text = await silo.RunAsync("show", id);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains($"{id}  Investigating", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sorry; we will call you tomorrow.", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedAction_ExitsWith2_AndOneStderrLineNamingFieldAndCode()
    {
        var filed = await Json(silo.RunAsync([.. FileArguments, "--json"]));
        var id = filed.GetProperty("id").GetString()!;

        var refused = await silo.RunAsync("resolve", id, "--actor", "agent-ana", "--customer-message", "Done.");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        var line = Assert.Single(refused.ErrorLines);
        Assert.StartsWith("error: status: Resolve is not allowed while the complaint is Received", line, StringComparison.Ordinal);
        Assert.EndsWith("(complaint.transition.illegal)", line, StringComparison.Ordinal);
        Assert.Equal("", refused.Stdout);
    }

    [Fact]
    public async Task BadEnumValue_ExitsWith2_NamingTheOptionAndTheAllowedValues()
    {
        string[] arguments = [.. FileArguments];
        arguments[Array.IndexOf(arguments, "phone")] = "fax";

        var result = await silo.RunAsync(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: --channel: 'fax' is not one of Phone, Email, Chat, Web, Social, InPerson.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Departments_And_Queue_Print_ForPeopleAndScripts()
    {
        var filed = await Json(silo.RunAsync([.. FileArguments, "--json"]));
        var id = filed.GetProperty("id").GetString()!;

        var departments = await silo.RunAsync("departments");
        Assert.True(departments.ExitCode == 0, departments.ToString());
        Assert.StartsWith("department ", departments.Stdout, StringComparison.Ordinal);
        Assert.Contains("logistics", departments.Stdout, StringComparison.Ordinal);
        var json = await Json(silo.RunAsync("departments", "--json"));
        Assert.Contains(json.EnumerateArray(), d => d.GetProperty("departmentId").GetString() == "logistics" && d.GetProperty("open").GetInt32() >= 1);
        Assert.All(json.EnumerateArray(), d => Assert.Contains(d.GetProperty("health").GetString(), HealthNames));

        var queue = await silo.RunAsync("queue", "logistics");
        Assert.True(queue.ExitCode == 0, queue.ToString());
        Assert.Contains(id, queue.Stdout, StringComparison.Ordinal);
        var queueJson = await Json(silo.RunAsync("queue", "logistics", "--json"));
        Assert.Contains(queueJson.EnumerateArray(), s => s.GetProperty("complaintId").GetString() == id && s.GetProperty("status").GetString() == "Received");

        var customer = await Json(silo.RunAsync("customer", "cust-cli-1", "--json"));
        Assert.NotEmpty(customer.GetProperty("risk").GetProperty("topFactors").EnumerateArray());
    }

    [Fact]
    public async Task Simulate_ForThreeSeconds_PrintsProgressAndExits0()
    {
        var result = await silo.RunAsync("simulate", "--duration", "3", "--rate", "600", "--step-time", "0.2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var progress = result.Stdout.Split('\n').Where(l => l.Contains("events/s", StringComparison.Ordinal)).ToArray();
        Assert.True(progress.Length >= 2, result.ToString());
        Assert.All(progress, l => Assert.Matches(@"events/s +\d+\.\d +filed +\d+ +steps +\d+ +open +\d+ +breaches +\d+", l));
        Assert.Matches(@"Done: filed [1-9]\d* complaints", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task UnreachableCluster_ExitsWith1_AndOneClearLine_Quickly()
    {
        var nobody = LoopbackPorts.Next();

        var result = await CliSiloFixture.RunOnPortAsync(nobody, "--attempts", "1", "departments");

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: cannot reach the cluster at 127.0.0.1:{nobody}", line, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(15), result.ToString());
    }

    [Fact]
    public async Task UnreachableCluster_WithATimeout_GivesUpWithinIt()
    {
        var result = await CliSiloFixture.RunOnPortAsync(LoopbackPorts.Next(), "--timeout", "2", "show", "CMP-0123456789ABC");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.EndsWith("no answer within 2 s", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(12), result.ToString());
    }

    [Theory]
    [InlineData("limit", "search", "--limit", "0")]
    [InlineData("from", "report", "service", "--from", "2026-12-02", "--to", "2026-12-01")]
    [InlineData("timeZone", "report", "root-causes", "--from", "2026-12-01", "--to", "2026-12-02", "--time-zone", "Mars/Olympus")]
    public async Task BadQuery_WithNoClusterThere_IsRefusedNamingTheField_WithoutWaitingForOne(string field, params string[] arguments)
    {
        var result = await CliSiloFixture.RunOnPortAsync(LoopbackPorts.Next(), arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"error: {field}: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private async Task<JsonElement> Step(string expectedStatus, params string[] arguments)
    {
        var view = await Json(silo.RunAsync([.. arguments, "--json"]));
        Assert.Equal(expectedStatus, view.GetProperty("status").GetString());
        return view;
    }

    private static async Task<JsonElement> Json(Task<CliSiloFixture.CliResult> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
