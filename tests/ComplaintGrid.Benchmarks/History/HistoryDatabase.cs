using ComplaintGrid.Benchmarks.Storage;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Silo.Storage.History;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// Where a history scenario's rows live: on PostgreSQL a database of its own (<see cref="PostgresDatabaseName"/>, never
/// the tests' nor the other benchmarks'), on SQLite a fresh file in a temporary folder, deleted afterwards. The schema
/// comes from the silo's migrations either way.
/// </summary>
internal sealed class HistoryDatabase : IAsyncDisposable
{
    public const string PostgresDatabaseName = "complaintgrid_bench_history";

    private readonly string? _directory;

    private HistoryDatabase(StorageProfile profile, string? postgres, string? sqlitePath, string? directory)
    {
        Profile = profile;
        Postgres = postgres;
        SqlitePath = sqlitePath;
        _directory = directory;
        Store = postgres is not null ? HistoryStores.Postgres(postgres) : HistoryStores.Sqlite(sqlitePath!);
    }

    public StorageProfile Profile { get; }

    /// <summary>The PostgreSQL database's connection string, or null on SQLite.</summary>
    public string? Postgres { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The silo's own store on this database.</summary>
    public ComplaintHistoryStore Store { get; }

    public static async Task<HistoryDatabase> Open(StorageProfile profile, string? postgresServer)
    {
        if (profile == StorageProfile.Postgres)
            return new HistoryDatabase(profile, await PostgresBenchDatabase.Prepare(postgresServer, PostgresDatabaseName), null, null);

        var directory = Path.Combine(Path.GetTempPath(), "complaintgrid-bench-history-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "complaintgrid.db");
        var settings = new SiloSettings(new SiloHostOptions { Profile = StorageProfile.Embedded }, new PostgresOptions(), new EmbeddedOptions { DatabasePath = path });
        await StorageProfileSetup.PrepareStorageAsync(settings, NullLogger.Instance);
        Console.WriteLine($"   SQLite file: {path} (schema from the silo's migrations)");
        return new HistoryDatabase(profile, null, path, directory);
    }

    public ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
