using System.Diagnostics;

namespace ComplaintGrid.IntegrationTests.Cli;

/// <summary>One in-memory silo process for the CLI tests, and a way to run the built <c>complaintgrid.dll</c> against it.</summary>
public sealed class CliSiloFixture : IAsyncLifetime
{
    // The CLI's own 30 s wait for the cluster is too short for a silo on a busy two-core machine; a test that is
    // about the wait passes --timeout itself.
    private const string ClusterWaitSeconds = "90";

    /// <summary>A CLI call that has not finished by then is hung; the test fails instead of waiting forever.</summary>
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    private SiloProcess? _silo;

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");

    public async Task InitializeAsync() =>
        _silo = await SiloProcess.StartAsync("cli", new SiloArguments().Profile("Memory"));

    public async Task DisposeAsync()
    {
        if (_silo is not null)
            await _silo.DisposeAsync();
    }

    /// <summary>Runs the CLI against this fixture's silo.</summary>
    public Task<CliResult> RunAsync(params string[] arguments) => RunOnPortAsync(Silo.GatewayPort, arguments);

    /// <summary>Runs the CLI (copied whole into cli/, see the project file) against any gateway port and collects its output.</summary>
    public static async Task<CliResult> RunOnPortAsync(int gatewayPort, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] wait = arguments.Contains("--timeout") ? [] : ["--timeout", ClusterWaitSeconds];
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "cli", "complaintgrid.dll"), "--gateway-port", gatewayPort.ToString() }.Concat(wait).Concat(arguments))
            start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(RunTimeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliResult(process.ExitCode, await stdout, await stderr, watch.Elapsed);
    }

    /// <summary>What a CLI run left behind.</summary>
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }
}
