using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ComplaintGrid.Silo.Storage.Sqlite;

/// <summary>
/// The process-wide registry of embedded databases: one <see cref="SerializedSqliteDataSource"/>, and so one
/// writer gate, per database file, shared by grain storage, the reminder table and the schema migrator.
/// </summary>
/// <remarks>
/// The gate has to be per file and per process, not per host or per service provider: two hosts in one process
/// (a test restarting a silo, a migrator running beside it) would otherwise each let a writer in and put
/// Microsoft.Data.Sqlite back into its synchronous busy-wait. Entries are never removed; a data source owns no
/// connections of its own, only a semaphore.
/// </remarks>
public static class SqliteDataSources
{
    private static readonly ConcurrentDictionary<string, SerializedSqliteDataSource> ByFile = new(StringComparer.Ordinal);

    /// <summary>The data source for the database file at <paramref name="databasePath"/> (created on first open).</summary>
    public static SerializedSqliteDataSource ForFile(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        if (databasePath.Trim() == ":memory:")
            throw new ArgumentException("The embedded store needs a database file; an in-memory SQLite database is not durable.", nameof(databasePath));

        return ByFile.GetOrAdd(Path.GetFullPath(databasePath), static fullPath => new SerializedSqliteDataSource(fullPath));
    }

    /// <summary>
    /// The data source for the file named by the connection string's <c>Data Source</c>. Only the file is taken
    /// from it: pooling, timeouts and pragmas are the store's own, so that every user of the file shares them.
    /// </summary>
    public static SerializedSqliteDataSource ForConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory)
            throw new ArgumentException("The embedded store needs a database file; an in-memory SQLite database is not durable.", nameof(connectionString));

        return ForFile(builder.DataSource);
    }
}
