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
    /// The connection string Orleans' providers should use: <paramref name="connectionString"/> with
    /// <c>No Reset On Close=true</c>, and at most <see cref="DefaultMaxPoolSize"/> connections unless it sets its own.
    /// </summary>
    /// <remarks>
    /// Npgsql resets every pooled connection when it goes back to the pool (<c>DISCARD ALL</c>, one extra round
    /// trip), which cost about 30% of the grain storage's write rate on our machines. Orleans' queries leave no
    /// session state behind (no SET, no temporary tables, no prepared statements of their own, and the schema
    /// migrator's lock is transaction-scoped), so there is nothing to reset.
    /// </remarks>
    /// <exception cref="ArgumentException">The string is empty or not a valid Npgsql connection string.</exception>
    public static string ForOrleans(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase))
            builder.MaxPoolSize = DefaultMaxPoolSize;
        return builder.ConnectionString;
    }
}
