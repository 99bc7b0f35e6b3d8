using ComplaintGrid.IntegrationTests.Storage;
using ComplaintGrid.Silo.Storage.Sqlite;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>
/// A fresh, migrated SQLite file and one in-process silo whose grain storage (Orleans' ADO.NET provider) and
/// reminder table (ours) are on it, configured exactly as the embedded profile configures them.
/// </summary>
public sealed class SqliteStorageFixture : IAsyncLifetime
{
    private SqliteTestDatabase? _database;

    public StorageContractSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = _database = await SqliteTestDatabase.CreateAsync();
        Silo = await StorageContractSilo.StartAsync("sqlite-contract",
            (silo, name, deleteOnClear) => silo.AddSqliteGrainStorage(name, database.Path, deleteStateOnClear: deleteOnClear),
            silo => silo.UseSqliteReminderService(database.ConnectionString));
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
            _database?.Dispose();
        }
    }
}
