using ComplaintGrid.Hosting;
using ComplaintGrid.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>
/// An in-process silo with the embedded profile's storage on a test database, on free loopback ports, with
/// every warning and error it logs recorded.
/// </summary>
public sealed class SqliteSiloHost : IAsyncDisposable
{
    /// <summary>Fixed, because stored rows are keyed by it and a restarted host must find them.</summary>
    public const string ServiceId = "complaintgrid-sqlite-tests";

    private readonly IHost _host;

    private SqliteSiloHost(IHost host, RecordingLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public RecordingLoggerProvider Logs { get; }

    public IGrainStorage GrainStorage => _host.Services.GetRequiredKeyedService<IGrainStorage>(ComplaintGridStorage.Name);

    public IReminderTable ReminderTable => _host.Services.GetRequiredService<IReminderTable>();

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<SqliteSiloHost> StartAsync(SqliteTestDatabase database, Action<ISiloBuilder>? configure = null)
    {
        var logs = new RecordingLoggerProvider();
        var host = await TestSilo.StartOnLoopbackAsync("sqlite", silo =>
        {
            silo.Services.AddLogging(logging => logging.AddProvider(logs));
            silo.AddSqliteGrainStorage(ComplaintGridStorage.Name, database.Path);
            silo.UseSqliteReminderService(database.ConnectionString);
            configure?.Invoke(silo);
        }, ServiceId);
        return new SqliteSiloHost(host, logs);
    }

    public async ValueTask DisposeAsync() => await TestSilo.StopAsync(_host);
}
