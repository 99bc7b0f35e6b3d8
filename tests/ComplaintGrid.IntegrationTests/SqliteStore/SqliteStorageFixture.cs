using ComplaintGrid.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>
/// A fresh, migrated SQLite file and one in-process silo whose grain storage (Orleans' ADO.NET provider) and
/// reminder table (ours) are on it, configured exactly as the embedded profile configures them.
/// </summary>
public sealed class SqliteStorageFixture : IAsyncLifetime
{
    public const string StorageName = "complaintgrid";
    public const string DeletingStorageName = "complaintgrid-delete-on-clear";

    private SqliteTestDatabase? _database;
    private IHost? _silo;

    public IGrainStorage GrainStorage { get; private set; } = null!;

    public IGrainStorage DeletingGrainStorage { get; private set; } = null!;

    public IReminderTable ReminderTable { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        var id = "sqlite-contract-" + Guid.NewGuid().ToString("N")[..8];
        _silo = await TestSilo.StartAsync(id, id, silo => silo
            .UseLocalhostClustering(LoopbackPorts.Next(), LoopbackPorts.Next(), serviceId: id, clusterId: id)
            .AddSqliteGrainStorage(StorageName, _database.Path)
            .AddSqliteGrainStorage(DeletingStorageName, _database.Path, deleteStateOnClear: true)
            .UseSqliteReminderService(_database.ConnectionString));

        GrainStorage = _silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);
        DeletingGrainStorage = _silo.Services.GetRequiredKeyedService<IGrainStorage>(DeletingStorageName);
        ReminderTable = _silo.Services.GetRequiredService<IReminderTable>();
    }

    public async Task DisposeAsync()
    {
        try
        {
            await TestSilo.StopAsync(_silo);
        }
        finally
        {
            _database?.Dispose();
        }
    }
}
