using System.Diagnostics;
using ComplaintGrid.Silo.Storage.Postgres;
using Npgsql;

namespace ComplaintGrid.Benchmarks.Storage;

/// <summary>
/// The PostgreSQL database the benchmarks write to: <c>complaintgrid_bench</c> on the server named by
/// <c>--postgres</c>, <c>COMPLAINTGRID_BENCH_POSTGRES</c> or <c>COMPLAINTGRID_TEST_POSTGRES</c>, or else the one
/// <c>tests/services/postgres.sh</c> prepares. A database of its own, so the tests' data and the benchmark's never
/// mix; its schema comes from the silo's migrations, and its state and reminder rows are emptied before each scenario.
/// </summary>
internal static class PostgresBenchDatabase
{
    public const string DatabaseName = "complaintgrid_bench";

    /// <summary>The server's connection string (its default database), found as described above.</summary>
    public static async Task<string> Server(string? connectionString) =>
        connectionString
            ?? Environment.GetEnvironmentVariable("COMPLAINTGRID_BENCH_POSTGRES")
            ?? Environment.GetEnvironmentVariable("COMPLAINTGRID_TEST_POSTGRES")
            ?? await FromServiceScript();

    /// <param name="connectionString">The server, as for <see cref="Server"/>.</param>
    /// <param name="databaseName">The benchmark's database on it: <see cref="DatabaseName"/>, or one a scenario keeps to itself.</param>
    public static async Task<string> Prepare(string? connectionString, string databaseName = DatabaseName)
    {
        var server = await Server(connectionString);
        var bench = new NpgsqlConnectionStringBuilder(server) { Database = databaseName }.ConnectionString;

        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{databaseName}'", admin);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {databaseName}", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        await PostgresSchema.CreateMigrator(bench).MigrateAsync();
        string transport;
        await using (var connection = new NpgsqlConnection(bench))
        {
            await connection.OpenAsync();
            await using var empty = new NpgsqlCommand("TRUNCATE OrleansStorage, OrleansRemindersTable", connection);
            await empty.ExecuteNonQueryAsync();
            transport = await TransportOf(connection);
        }
        var shown = new NpgsqlConnectionStringBuilder(bench) { Password = null };
        Console.WriteLine($"   PostgreSQL: {shown.ConnectionString}, {transport} (schema from the silo's migrations; state and reminder rows emptied)");
        return bench;
    }

    /// <summary>
    /// Whether the connection is encrypted: Npgsql's default (<c>SSL Mode=Prefer</c>) uses TLS whenever the server
    /// offers it, as Debian's does, and with the database beside the silo that alone moved the lifecycle by 15–37 %.
    /// </summary>
    private static async Task<string> TransportOf(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl", connection);
        return await command.ExecuteScalarAsync() is string version ? $"TLS on ({version})" : "TLS off";
    }

    private static async Task<string> FromServiceScript()
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "services", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"Could not run {script}.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} failed (exit {process.ExitCode}); set COMPLAINTGRID_BENCH_POSTGRES to a server's connection string.");
        return output.Trim().Split('\n').Last();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintGrid.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository (tests/services/postgres.sh is found from there).");
    }
}
