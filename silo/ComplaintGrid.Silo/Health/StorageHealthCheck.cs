using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Silo.Storage.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ComplaintGrid.Silo.Health;

/// <summary>
/// Ready when the profile's storage answers <c>SELECT 1</c> over the same connection settings the silo's storage uses
/// (PostgreSQL, or the embedded SQLite file through its shared data source). The Memory profile has nothing to probe.
/// </summary>
public sealed class StorageHealthCheck(SiloSettings settings) : IHealthCheck, IAsyncDisposable
{
    // One pool for the probe, created on first use: a data source per probe would open a new pool every few seconds.
    private readonly Lazy<NpgsqlDataSource> _postgres = new(() => NpgsqlDataSource.Create(settings.Postgres.ConnectionString!));

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var profile = settings.Silo.Profile;
        if (profile == StorageProfile.Memory)
            return HealthCheckResult.Healthy("Memory profile: no storage to probe.");
        try
        {
            System.Data.Common.DbDataSource source = profile == StorageProfile.Postgres
                ? _postgres.Value
                : SqliteDataSources.ForFile(settings.Embedded.DatabasePath);
            await using var command = source.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{profile} storage answered.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{profile} storage did not answer.", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_postgres.IsValueCreated)
            await _postgres.Value.DisposeAsync();
    }
}
