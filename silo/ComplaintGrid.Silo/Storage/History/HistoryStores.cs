using ComplaintGrid.Silo.Storage.Postgres;
using ComplaintGrid.Silo.Storage.Sqlite;
using Npgsql;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>The history store of each durable profile, on that profile's own database.</summary>
public static class HistoryStores
{
    /// <summary>On the embedded SQLite file, through the file's one writer gate shared with grain storage and reminders.</summary>
    public static ComplaintHistoryStore Sqlite(string databasePath) =>
        new(SqliteDataSources.ForFile(databasePath), HistoryDialect.Sqlite);

    /// <summary>On the cluster's PostgreSQL database, with the pool settings the silo's Orleans providers use.</summary>
    public static ComplaintHistoryStore Postgres(string connectionString) =>
        new(NpgsqlDataSource.Create(PostgresConnectionStrings.ForOrleans(connectionString)), HistoryDialect.Postgres);
}
