using System.Net;
using ComplaintGrid.History;
using ComplaintGrid.Hosting;
using ComplaintGrid.Silo.Storage;
using ComplaintGrid.Silo.Storage.History;
using ComplaintGrid.Silo.Storage.Migrations;
using ComplaintGrid.Silo.Storage.Postgres;
using ComplaintGrid.Silo.Storage.Sqlite;
using Orleans.Configuration;
using Orleans.Serialization;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>Configures clustering, grain storage and reminders for the chosen <see cref="StorageProfile"/>.</summary>
public static class StorageProfileSetup
{
    public static void Configure(ISiloBuilder silo, SiloSettings settings)
    {
        var options = settings.Silo;
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });

        switch (options.Profile)
        {
            case StorageProfile.Postgres:
                var connectionString = settings.Postgres.ConnectionString!;
                if (options.AdvertisedAddress is { } address)
                    silo.ConfigureEndpoints(IPAddress.Parse(address), options.SiloPort, options.GatewayPort);
                else
                    silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
                silo.UsePostgresClustering(connectionString);
                silo.AddPostgresGrainStorage(ComplaintGridStorage.Name, connectionString);
                silo.Services.AddRetryableStorageFailures(ComplaintGridStorage.Name);
                silo.UsePostgresReminderService(connectionString);
                silo.Services.AddSingleton<IComplaintHistoryStore>(_ => HistoryStores.Postgres(connectionString));
                // Losing one silo must not lose the directory entries of activations on the others. Orleans marks
                // the distributed directory as evaluation-grade; it is chosen deliberately, and the failover test covers it.
#pragma warning disable ORLEANSEXP003
                silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
                break;

            case StorageProfile.Embedded:
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                silo.AddSqliteGrainStorage(ComplaintGridStorage.Name, settings.Embedded.DatabasePath);
                silo.Services.AddRetryableStorageFailures(ComplaintGridStorage.Name);
                silo.UseSqliteReminderService(SqliteDataSources.ForFile(settings.Embedded.DatabasePath).ConnectionString);
                silo.Services.AddSingleton<IComplaintHistoryStore>(_ => HistoryStores.Sqlite(settings.Embedded.DatabasePath));
                break;

            default:
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                // Orleans' binary serializer, as the durable profiles use: the default JSON one cost ~37% of a memory-storage
                // lifecycle's CPU (BENCHMARKS.md), so tests and benchmarks would otherwise measure a serializer nobody ships.
                silo.AddMemoryGrainStorage(ComplaintGridStorage.Name, o => o.Configure<Serializer>(
                    (memory, serializer) => memory.GrainStorageSerializer = new PooledGrainStorageSerializer(serializer)));
                silo.UseInMemoryReminderService();
                break;
        }
    }

    /// <summary>
    /// Before the silo starts: a PostgreSQL schema must already be current (operators run <c>migrate</c>, once,
    /// for the whole cluster); the embedded file belongs to this process alone, so the silo migrates it itself.
    /// </summary>
    public static async Task PrepareStorageAsync(SiloSettings settings, ILogger logger, CancellationToken cancellationToken = default)
    {
        switch (settings.Silo.Profile)
        {
            case StorageProfile.Postgres:
                await PostgresSchema.CreateMigrator(settings.Postgres.ConnectionString!, logger).EnsureCurrentAsync(cancellationToken);
                break;
            case StorageProfile.Embedded:
                await CreateSqliteMigrator(settings, logger).MigrateAsync(cancellationToken);
                break;
        }
    }

    /// <summary>The <c>migrate</c> command: applies every missing migration of the configured profile.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(SiloSettings settings, ILogger logger, CancellationToken cancellationToken = default) =>
        settings.Silo.Profile switch
        {
            StorageProfile.Postgres => await PostgresSchema.CreateMigrator(settings.Postgres.ConnectionString!, logger).MigrateAsync(cancellationToken),
            StorageProfile.Embedded => await CreateSqliteMigrator(settings, logger).MigrateAsync(cancellationToken),
            _ => [],
        };

    private static SchemaMigrator CreateSqliteMigrator(SiloSettings settings, ILogger logger)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Embedded.DatabasePath));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        return new SchemaMigrator(SqliteDataSources.ForFile(settings.Embedded.DatabasePath), MigrationDialect.Sqlite.Name, logger);
    }
}
