using System.Diagnostics;
using Npgsql;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>Stops and starts the Debian PostgreSQL cluster listening on a connection string's port, as an outage would.</summary>
public sealed class PostgresServerControl(string connectionString)
{
    private readonly int _port = new NpgsqlConnectionStringBuilder(connectionString).Port;

    /// <summary>Stops the server at once (<c>-m immediate</c>: no checkpoint, crash recovery at the next start).</summary>
    public Task StopAsync() => CtlAsync("stop", "-m", "immediate");

    public async Task StartAsync()
    {
        await CtlAsync("start");
        // This process's pooled connections died with the server; the silos' own pools are theirs to recover.
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(500);
            }
        }
        throw new InvalidOperationException($"PostgreSQL on port {_port} did not accept connections after starting");
    }

    private async Task CtlAsync(params string[] arguments)
    {
        var (version, name) = await ClusterOnPort();
        var (code, output) = await Run("pg_ctlcluster", [version, name, .. arguments]);
        if (code != 0)
            throw new InvalidOperationException($"pg_ctlcluster {version} {name} {string.Join(' ', arguments)} failed ({code}): {output}");
    }

    private async Task<(string Version, string Name)> ClusterOnPort()
    {
        var (_, listing) = await Run("pg_lsclusters", ["--no-header"]);
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length >= 3 && columns[2] == _port.ToString(System.Globalization.CultureInfo.InvariantCulture))
                return (columns[0], columns[1]);
        }
        throw new InvalidOperationException($"No PostgreSQL cluster listens on port {_port}:\n{listing}");
    }

    private static async Task<(int Code, string Output)> Run(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }
}
