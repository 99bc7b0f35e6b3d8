using System.Diagnostics;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The drill-down's acts table (wwwroot/acts.js) in node: <c>acts.test.js</c> beside this file checks the acts each role
/// is offered in every status, the bodies they send (never an actor) and how a refusal is read. No host: the table is plain.
/// </summary>
public sealed class ActsModuleTests
{
    /// <summary>Bounds a broken run only: the node tests take well under a second.</summary>
    private static readonly TimeSpan NodeRunLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ActsTable_InNode_OffersByRoleAndStatus_AndReadsRefusals()
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "ComplaintGrid.IntegrationTests", "Dashboard", "acts.test.js");
        var start = new ProcessStartInfo("node", ["--test", "--test-reporter=tap", script])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(NodeRunLimit);
        try
        {
            await node.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw;
        }
        var log = await output + await errors;

        Assert.True(node.ExitCode == 0, $"node --test {Path.GetFileName(script)} exited with {node.ExitCode}:\n{log}");
        // Exit 0 also when no test ran: the summary must count some.
        Assert.Matches(@"(?m)^# pass [1-9]\d*$", log);
    }
}
