using System.Data.Common;

namespace ComplaintGrid.Silo.Storage.Migrations;

/// <summary>
/// What <see cref="SchemaMigrator"/> needs to know about one kind of database: where its scripts live, how it
/// records applied migrations, how concurrent migrators exclude each other, and how to name a database in a
/// message without its credentials.
/// </summary>
public sealed class MigrationDialect
{
    /// <summary>The table that records applied migrations, in every dialect.</summary>
    public const string HistoryTable = "complaintgrid_schema_migrations";

    /// <summary>
    /// PostgreSQL through Npgsql. Every migration transaction starts by taking a transaction-scoped advisory
    /// lock, so silos that start together apply each script once, one after another; the lock ends with the
    /// transaction, so a pooled connection (even with <c>No Reset On Close</c>) never keeps it.
    /// </summary>
    public static MigrationDialect Postgres { get; } = new(
        name: "Postgres",
        displayName: "PostgreSQL",
        createHistoryTableSql:
            $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
        historyTableExistsSql: $"SELECT to_regclass('{HistoryTable}') IS NOT NULL",
        // The key is arbitrary but fixed: ASCII "CmpGrdMg". Every ComplaintGrid migrator contends on it, nothing else does.
        lockSql: "SELECT pg_advisory_xact_lock(4858663025166798183)",
        locationKeys: [["Host", "Server"], ["Port"], ["Database", "DB"]]);

    /// <summary>
    /// SQLite through Microsoft.Data.Sqlite. No lock statement: its transactions begin IMMEDIATE, which already
    /// takes the database's single write lock before the migrator looks at the history table.
    /// </summary>
    public static MigrationDialect Sqlite { get; } = new(
        name: "Sqlite",
        displayName: "SQLite",
        createHistoryTableSql:
            $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))",
        historyTableExistsSql: $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'",
        lockSql: null,
        locationKeys: [["Data Source", "DataSource", "Filename"]]);

    private readonly string[][] _locationKeys;

    private MigrationDialect(string name, string displayName, string createHistoryTableSql, string historyTableExistsSql,
        string? lockSql, string[][] locationKeys)
    {
        Name = name;
        DisplayName = displayName;
        CreateHistoryTableSql = createHistoryTableSql;
        HistoryTableExistsSql = historyTableExistsSql;
        LockSql = lockSql;
        _locationKeys = locationKeys;
    }

    /// <summary>The folder under <c>Storage/</c> whose <c>Migrations/*.sql</c> belong to this dialect.</summary>
    public string Name { get; }

    /// <summary>The product name used in messages.</summary>
    public string DisplayName { get; }

    /// <summary>Creates the history table when it does not exist yet.</summary>
    public string CreateHistoryTableSql { get; }

    /// <summary>A query whose single value is true (or non-zero) when the history table exists.</summary>
    public string HistoryTableExistsSql { get; }

    /// <summary>Runs first in every migration transaction to keep concurrent migrators apart; null when not needed.</summary>
    public string? LockSql { get; }

    /// <summary>The dialect for a configuration name: <c>Postgres</c> or <c>Sqlite</c> (case-insensitive).</summary>
    public static MigrationDialect FromName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (string.Equals(name, Postgres.Name, StringComparison.OrdinalIgnoreCase))
            return Postgres;
        if (string.Equals(name, Sqlite.Name, StringComparison.OrdinalIgnoreCase))
            return Sqlite;
        throw new ArgumentException($"Unknown schema dialect '{name}'; expected '{Postgres.Name}' or '{Sqlite.Name}'.", nameof(name));
    }

    /// <summary>
    /// Names the database for people: only the location settings (for example <c>Host=…;Port=…;Database=…</c>)
    /// are copied from the connection string, so a password or token in it can never reach a message or a log.
    /// </summary>
    public string DescribeLocation(string? connectionString)
    {
        var settings = new DbConnectionStringBuilder();
        try
        {
            settings.ConnectionString = connectionString ?? "";
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }

        var parts = new List<string>();
        foreach (var aliases in _locationKeys)
        {
            var key = aliases.FirstOrDefault(settings.ContainsKey);
            if (key is not null && settings[key] is { } value && value.ToString() is { Length: > 0 } text)
                parts.Add($"{aliases[0]}={text}");
        }
        return parts.Count > 0 ? string.Join(';', parts) : "(location not given)";
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
