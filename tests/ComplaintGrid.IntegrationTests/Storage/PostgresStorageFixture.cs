using ComplaintGrid.Silo.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// A fresh, migrated PostgreSQL database and one in-process silo whose grain storage and reminder table are
/// Orleans' ADO.NET providers on it, configured exactly as the postgres profile configures them.
/// </summary>
public sealed class PostgresStorageFixture : IAsyncLifetime
{
    public const string StorageName = "complaintgrid";
    public const string DeletingStorageName = "complaintgrid-delete-on-clear";

    private PostgresTestDatabase? _database;
    private IHost? _silo;

    public IGrainStorage GrainStorage { get; private set; } = null!;

    public IGrainStorage DeletingGrainStorage { get; private set; } = null!;

    public IReminderTable ReminderTable { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await PostgresSchema.CreateMigrator(_database.ConnectionString).MigrateAsync();

        // A session time zone far from UTC proves that no query depends on the server's or the session's zone.
        var connectionString = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Timezone = "America/Sao_Paulo" }.ConnectionString;
        var id = "storage-contract-" + Guid.NewGuid().ToString("N")[..8];
        _silo = await TestSilo.StartAsync(id, id, silo => silo
            .UseLocalhostClustering(LoopbackPorts.Next(), LoopbackPorts.Next(), serviceId: id, clusterId: id)
            .AddPostgresGrainStorage(StorageName, connectionString)
            .AddPostgresGrainStorage(DeletingStorageName, connectionString, deleteStateOnClear: true)
            .UsePostgresReminderService(connectionString));

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
            if (_database is not null)
                await _database.DisposeAsync();
        }
    }
}
