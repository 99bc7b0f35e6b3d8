using ComplaintGrid.Silo.Storage.Postgres;
using Npgsql;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// A fresh, migrated PostgreSQL database and one in-process silo whose grain storage and reminder table are
/// Orleans' ADO.NET providers on it, configured exactly as the postgres profile configures them.
/// </summary>
public sealed class PostgresStorageFixture : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public StorageContractSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();

        // A session time zone far from UTC proves that no query depends on the server's or the session's zone.
        var connectionString = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Timezone = "America/Sao_Paulo" }.ConnectionString;
        Silo = await StorageContractSilo.StartAsync("storage-contract",
            (silo, name, deleteOnClear) => silo.AddPostgresGrainStorage(name, connectionString, deleteStateOnClear: deleteOnClear),
            silo => silo.UsePostgresReminderService(connectionString));
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Silo is not null)
                await Silo.DisposeAsync();
        }
        finally
        {
            if (_database is not null)
                await _database.DisposeAsync();
        }
    }
}
