using ComplaintGrid.Silo.Storage.Migrations;
using Npgsql;

namespace ComplaintGrid.Silo.Storage.Postgres;

/// <summary>
/// The postgres profile's schema: the scripts in <c>Storage/Postgres/Migrations</c>, which implement the SQL
/// contract of Orleans' ADO.NET clustering, grain storage and reminders, applied by <see cref="SchemaMigrator"/>.
/// </summary>
public static class PostgresSchema
{
    /// <summary>A migrator for the PostgreSQL database at <paramref name="connectionString"/>.</summary>
    public static SchemaMigrator CreateMigrator(string connectionString, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new SchemaMigrator(() => new NpgsqlConnection(connectionString), MigrationDialect.Postgres, scripts: null, logger);
    }
}
