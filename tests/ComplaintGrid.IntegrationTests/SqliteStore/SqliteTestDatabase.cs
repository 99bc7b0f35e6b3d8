using ComplaintGrid.Silo.Storage.Migrations;
using ComplaintGrid.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>
/// A fresh SQLite file in the temp folder, migrated by the silo's own <see cref="SchemaMigrator"/> through the
/// file's serialized data source (as the embedded profile does at start-up), deleted afterwards.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private SqliteTestDatabase(string path) => Path = path;

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = CreateUnmigrated();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>A path for a database that has not been created or migrated yet.</summary>
    public static SqliteTestDatabase CreateUnmigrated() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"complaintgrid-sqlite-{Guid.NewGuid():N}.db"));

    /// <summary>Closes the pooled connections to the file, so the next reader opens it afresh.</summary>
    public void CloseConnections()
    {
        using var connection = new SqliteConnection(SqliteDataSources.ForFile(Path).ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; close them so the file and its -wal/-shm go with it.
        CloseConnections();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }

    private Task MigrateAsync() =>
        new SchemaMigrator(SqliteDataSources.ForFile(Path), MigrationDialect.Sqlite.Name).MigrateAsync();
}
