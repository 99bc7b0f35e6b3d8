using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The live-feed module the page uses (wwwroot/live-feed.js), in node with the official SignalR client, against this
/// host: <c>live-feed.test.js</c> beside this file cuts its sockets mid-stream and checks that frames come back after
/// the automatic reconnect without anyone calling <c>Watch</c>.
/// </summary>
[Collection(DashboardHostCollection.Name)]
public sealed class LiveFeedModuleTests(DashboardHostFixture host, ITestOutputHelper output)
{
    /// <summary>Bounds a broken run only: the node tests take a few seconds, each of their waits bounded at 20 s.</summary>
    private static readonly TimeSpan NodeRunLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task NodeClient_ThroughCutSockets_KeepsReceivingFramesWithoutWatchingAgain()
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "ComplaintGrid.IntegrationTests", "Dashboard", "live-feed.test.js");
        var start = new ProcessStartInfo("node", ["--test", "--test-reporter=tap", script])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["COMPLAINTGRID_LIVE_URL"] = host.BaseAddress.ToString();
        start.Environment["COMPLAINTGRID_LIVE_VIEWER"] = $"{DashboardHostFixture.Lead}:{DashboardHostFixture.LeadPassword}";
        start.Environment["COMPLAINTGRID_LIVE_FILER"] = $"{DashboardHostFixture.Supervisor}:{DashboardHostFixture.SupervisorPassword}";
        start.Environment["NO_COLOR"] = "1";

        var log = new StringBuilder();
        using var node = new Process { StartInfo = start };
        node.OutputDataReceived += (_, e) => Append(log, e.Data);
        node.ErrorDataReceived += (_, e) => Append(log, e.Data);
        node.Start();
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(NodeRunLimit);
        try
        {
            await node.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
            Assert.Fail($"node --test did not finish within {NodeRunLimit.TotalMinutes} minutes:\n{Text(log)}");
        }
        // The asynchronous readers end with a null line after exit; WaitForExitAsync waits for them.
        output.WriteLine(Text(log));

        Assert.True(node.ExitCode == 0, $"node --test {Path.GetFileName(script)} exited with {node.ExitCode}:\n{Text(log)}");
        // Exit 0 also when no test ran: the summary must count some.
        Assert.Matches(@"(?m)^# pass [1-9]\d*$", Text(log));
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.AppendLine(line);
    }

    private static string Text(StringBuilder log)
    {
        lock (log)
            return log.ToString();
    }
}
