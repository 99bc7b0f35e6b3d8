using System.Data.Common;
using Npgsql;

namespace ComplaintGrid.Silo.Storage.Postgres;

/// <summary>Connection strings for the Npgsql connections Orleans' ADO.NET providers open.</summary>
public static class PostgresConnectionStrings
{
    /// <summary>
    /// Connections one silo may hold when the connection string does not say: many grains write at once, and
    /// PostgreSQL serves a few busy connections better than a hundred idle ones (its default limit is 100 in all).
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>
    /// Statements Npgsql keeps prepared on each connection when the connection string does not say (Npgsql's own
    /// default is none). Orleans' providers send a dozen distinct queries, each thousands of times a second under
    /// load; prepared, PostgreSQL stops parsing and planning them on every call.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 20;

    /// <summary>
    /// The connection string Orleans' providers should use: <paramref name="connectionString"/> with
    /// <c>No Reset On Close=true</c>, at most <see cref="DefaultMaxPoolSize"/> connections and up to
    /// <see cref="DefaultMaxAutoPrepare"/> automatically prepared statements, unless it sets either of those itself.
    /// </summary>
    /// <remarks>
    /// Npgsql resets every pooled connection when it goes back to the pool (<c>DISCARD ALL</c>, one extra round
    /// trip), which cost about 30% of the grain storage's write rate on our machines. Orleans' queries leave no
    /// session state behind (no SET, no temporary tables, and the schema migrator's lock is transaction-scoped), so
    /// there is nothing to reset, and the statements Npgsql prepares stay prepared across uses of the connection.
    /// Preparing them raised the PostgreSQL lifecycle benchmark by about half (BENCHMARKS.md). Behind a pooler that
    /// cannot carry prepared statements (PgBouncer in transaction mode before 1.21), set <c>Max Auto Prepare=0</c>.
    /// </remarks>
    /// <exception cref="ArgumentException">The string is empty or not a valid Npgsql connection string.</exception>
    public static string ForOrleans(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        var given = KeysOf(connectionString);
        if (!given.Contains("maximumpoolsize") && !given.Contains("maxpoolsize"))
            builder.MaxPoolSize = DefaultMaxPoolSize;
        if (!given.Contains("maxautoprepare"))
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        return builder.ConnectionString;
    }

    /// <summary>The keys the string sets, lower case without spaces, so each of Npgsql's spellings of a key matches.</summary>
    private static HashSet<string> KeysOf(string connectionString)
    {
        var parsed = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parsed.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
    }
}
