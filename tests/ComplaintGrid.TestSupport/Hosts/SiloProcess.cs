using System.Diagnostics;

namespace ComplaintGrid.TestSupport.Hosts;

/// <summary>
/// A real silo process (the built ComplaintGrid.Silo.dll), so tests can kill it the way an operator's
/// machine would lose it: SIGKILL, or SIGTERM for a graceful drain.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    // A ceiling, not a wait: joining a cluster of three on a busy two-core machine has taken over a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private SiloProcess(string name, IEnumerable<string> arguments, int? gatewayPort)
    {
        Name = name;
        SiloPort = LoopbackPorts.Next();
        GatewayPort = gatewayPort ?? LoopbackPorts.Next();
        HttpPort = LoopbackPorts.Next();
        var start = StartInfo(arguments.Concat(new SiloArguments()
            .Set("urls", $"http://127.0.0.1:{HttpPort}")
            .Ports(SiloPort, GatewayPort)
            .LogLevel("Default", "Warning")
            // The ready line the start waits for is logged at Information.
            .LogLevel("ComplaintGrid.Silo", "Information")
            .ToArray()));
        start.Environment["DOTNET_gcServer"] = "0";
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"Silo {Name} exited with {_process.ExitCode} before it was ready:\n{Output}"));
    }

    public string Name { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int HttpPort { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return string.Join('\n', _output.TakeLast(200));
        }
    }

    /// <summary>Every line the silo has written since it started, in order.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_output)
                return _output.ToArray();
        }
    }

    /// <summary>Whether the silo has written a line containing the text, at any time since it started.</summary>
    public bool Logged(string text)
    {
        lock (_output)
            return _output.Exists(line => line.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>Starts a silo and waits until it logs that it is ready.</summary>
    public static Task<SiloProcess> StartAsync(string name, params string[] arguments) => StartAsync(name, null, arguments);

    /// <summary>Starts a silo on a given gateway port (a restarted silo keeps its port so clients find it again).</summary>
    public static async Task<SiloProcess> StartAsync(string name, int? gatewayPort, params string[] arguments)
    {
        var silo = new SiloProcess(name, arguments, gatewayPort);
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        try
        {
            await silo._ready.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException ex)
        {
            await silo.DisposeAsync();
            throw new TimeoutException($"Silo {name} was not ready within {StartTimeout.TotalSeconds:0} s:\n{silo.Output}", ex);
        }
        return silo;
    }

    /// <summary>Runs the silo executable to completion (for commands such as <c>migrate</c>) and returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The machine dies under it: no shutdown, no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>The process freezes (SIGSTOP): a machine swapping or a VM paused, alive but silent.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>The frozen process runs again (SIGCONT), unaware of the time it lost.</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    /// <summary>Waits for the process to end by itself (a silo that learns it was declared dead stops).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString()]);
        await kill.WaitForExitAsync();
    }

    /// <summary>An operator stops it: SIGTERM, which drains the silo gracefully.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
            await kill.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>The built silo, run with <c>dotnet exec</c> from the test output, in production settings.</summary>
    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ComplaintGrid.Silo.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private void Collect(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Add(line);
        if (line.Contains("ComplaintGrid silo ready", StringComparison.Ordinal))
            _ready.TrySetResult();
    }
}
