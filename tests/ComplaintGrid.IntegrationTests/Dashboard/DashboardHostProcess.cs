using System.Diagnostics;
using System.Net;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The stand-alone dashboard host as a real process (the built ComplaintGrid.DashboardHost.dll), joined to a
/// <see cref="PostgresCluster"/> as an Orleans client, so a test can lose it the way a machine would: SIGKILL.
/// Its port is chosen by the caller, so a restarted host answers at the same address the browsers know.
/// </summary>
public sealed class DashboardHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly List<string> _output = [];

    private readonly DirectoryInfo _home;

    private DashboardHostProcess(Process process, int port, DirectoryInfo home)
    {
        _process = process;
        _home = home;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return string.Join('\n', _output.TakeLast(200));
        }
    }

    /// <summary>
    /// Starts the host on <paramref name="port"/> with <paramref name="users"/> (name, password, role) and waits until
    /// <c>/health/ready</c> answers 200: its Orleans client reached the cluster. Each start gets a fresh HOME, as a
    /// replacement container would, so nothing but <paramref name="signInKeys"/> (its data-protection keys directory, when
    /// given) carries a browser's sign-in from one host to the next.
    /// </summary>
    public static async Task<DashboardHostProcess> StartAsync(PostgresCluster cluster, int port, string? signInKeys,
        IReadOnlyList<(string Name, string Password, string Role)> users)
    {
        // Below the silo's priority: in production the host runs on a machine of its own, and here a restarting host's
        // start-up (JIT, the feed's first reads, every browser's snapshot) shares two cores with the silo under load.
        // nice execs dotnet, so the process id (and SIGKILL) stay the host's.
        var start = new ProcessStartInfo("nice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var arguments = cluster.DashboardHostArguments($"http://127.0.0.1:{port}").LogLevel("ComplaintGrid", "Information");
        foreach (var user in users)
            arguments.User(user.Name, user.Password, user.Role);
        foreach (var argument in (string[])["-n", "10", "dotnet", "exec", Path.Combine(AppContext.BaseDirectory, "ComplaintGrid.DashboardHost.dll"), .. arguments.ToArray()])
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (signInKeys is not null)
        {
            start.ArgumentList.Add("--ComplaintGrid:Dashboard:SignInKeys:Directory");
            start.ArgumentList.Add(signInKeys);
        }
        var home = Directory.CreateTempSubdirectory("complaintgrid-dashboard-home-");
        start.Environment["HOME"] = home.FullName;
        start.Environment["DOTNET_gcServer"] = "0";

        var host = new DashboardHostProcess(new Process { StartInfo = start }, port, home);
        host._process.OutputDataReceived += (_, e) => host.Collect(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Collect(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReady();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>The machine dies under it: SIGKILL, no drain, every connection cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _home.Delete(recursive: true);
    }

    private async Task WaitUntilReady()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeProvider.System.GetUtcNow() + StartTimeout;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The dashboard host exited with {_process.ExitCode} before it was ready:\n{Output}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException($"The dashboard host on port {Port} was not ready within {StartTimeout}:\n{Output}");
    }

    private void Collect(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Add(line);
    }
}
