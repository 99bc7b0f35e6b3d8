using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ComplaintGrid.Silo.Storage.Sqlite;

/// <summary>
/// Opens connections to one SQLite file such that at most one is open at a time in this process, waiting for
/// that turn asynchronously. Get instances from <see cref="SqliteDataSources"/>.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite has no asynchronous I/O: when the file is locked it sleeps and retries on the calling
/// thread, which under concurrent grain writes blocked Orleans' scheduler threads for seconds. With one
/// connection at a time nothing in the process ever finds the file locked, and everyone else awaits a
/// <see cref="SemaphoreSlim"/> instead of blocking a thread. Reads take the same turn: each statement is
/// short, and one gate keeps the reasoning (and the absence of lock waits) simple.
///
/// Orleans 10.4.2's ADO.NET providers accept this through <c>AdoNetGrainStorageOptions.DataSource</c>; they
/// check only that its connections are <see cref="SqliteConnection"/>s, which these are.
/// </remarks>
public sealed class SerializedSqliteDataSource : DbDataSource
{
    /// <summary>
    /// How long SQLite waits on a lock held by another process (a backup, a sqlite3 shell) before failing; in
    /// this process the gate means it never waits at all.
    /// </summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _oneConnectionAtATime = new(1, 1);

    internal SerializedSqliteDataSource(string fullPath)
    {
        DatabasePath = fullPath;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite's own retry budget on SQLITE_BUSY, in seconds; matches the PRAGMA below it.
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public override string ConnectionString { get; }

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() =>
        new SerializedSqliteConnection(ConnectionString, _oneConnectionAtATime, BusyTimeout);
}
