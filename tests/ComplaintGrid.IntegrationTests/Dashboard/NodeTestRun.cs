using System.Diagnostics;
using System.Text;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// Runs one of the page's node test files (<c>node --test</c>, beside these tests) and asserts that it passed and that it
/// ran some tests: node exits 0 also when none ran.
/// </summary>
internal static class NodeTestRun
{
    /// <summary>Runs <paramref name="scriptName"/> with <paramref name="environment"/>; fails when it fails, runs nothing or outlives <paramref name="limit"/>.</summary>
    public static async Task<string> PassesAsync(string scriptName, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "ComplaintGrid.IntegrationTests", "Dashboard", scriptName);
        var start = new ProcessStartInfo("node", ["--test", "--test-reporter=tap", script])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        start.Environment["NO_COLOR"] = "1";

        var log = new StringBuilder();
        using var node = new Process { StartInfo = start };
        node.OutputDataReceived += (_, e) => Append(log, e.Data);
        node.ErrorDataReceived += (_, e) => Append(log, e.Data);
        node.Start();
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
            Assert.Fail($"node --test {scriptName} did not finish within {limit.TotalMinutes} minutes:\n{Text(log)}");
        }
        // The asynchronous readers end with a null line after exit; WaitForExitAsync waits for them.
        var text = Text(log);
        Assert.True(node.ExitCode == 0, $"node --test {scriptName} exited with {node.ExitCode}:\n{text}");
        Assert.Matches(@"(?m)^# pass [1-9]\d*$", text);
        return text;
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
