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

    /// <summary>
    /// On the cluster's PostgreSQL database, with the pool settings the silo's Orleans providers use, and every statement
    /// planned for its values: auto-prepared statements otherwise fall back to one generic plan after five runs, and
    /// search's best plan depends on the values (a rare word or status wants its index, a common one the newest-first
    /// walk). Planning a search costs about a millisecond.
    /// </summary>
    public static ComplaintHistoryStore Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.ForOrleans(connectionString));
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? CustomPlans : $"{builder.Options} {CustomPlans}";
        return new(NpgsqlDataSource.Create(builder.ConnectionString), HistoryDialect.Postgres);
    }

    private const string CustomPlans = "-c plan_cache_mode=force_custom_plan";
}
