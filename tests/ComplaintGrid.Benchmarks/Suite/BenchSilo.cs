using System.Net;
using System.Net.Sockets;
using ComplaintGrid.Benchmarks.Storage;
using ComplaintGrid.Hosting;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>
/// One in-process silo configured by the silo's own <see cref="StorageProfileSetup"/> for a storage profile, with
/// ComplaintGrid's grains, the benchmark's probe grains (found in this assembly) and a write counter around the
/// grain storage and the reminder table. Loopback ports of its own and a fresh service id, so runs never see each other's rows.
/// </summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchSilo(IHost host, CountingGrainStorage storage, CountingReminderTable reminders, CountingGrainCallFilter? calls, string serviceId)
    {
        _host = host;
        Storage = storage;
        Reminders = reminders;
        Calls = calls;
        ServiceId = serviceId;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>The grain storage every grain of this silo writes through.</summary>
    public CountingGrainStorage Storage { get; }

    /// <summary>The reminder table every reminder of this silo is written to.</summary>
    public CountingReminderTable Reminders { get; }

    /// <summary>Every grain call this silo receives, when asked to count them (the filter slows every call); else null.</summary>
    public CountingGrainCallFilter? Calls { get; }

    public string ServiceId { get; }

    /// <param name="profile">The storage profile, configured exactly as the silo does.</param>
    /// <param name="postgres">The postgres profile's connection string.</param>
    /// <param name="sqlitePath">The embedded profile's database file.</param>
    /// <param name="configuration">Extra configuration (clock allowances, for example), as the silo would read it.</param>
    /// <param name="configureSilo">Extra silo settings (grain collection, a storage wrapper) applied after the profile's.</param>
    /// <param name="wrapStorage">Wraps the profile's grain storage (inside the write counter).</param>
    /// <param name="countCalls">Counts every grain call (<see cref="Calls"/>), at some cost to every call.</param>
    public static async Task<BenchSilo> Start(StorageProfile profile, string? postgres = null, string? sqlitePath = null,
        IReadOnlyDictionary<string, string?>? configuration = null, Action<ISiloBuilder>? configureSilo = null,
        Func<IServiceProvider, IGrainStorage, IGrainStorage>? wrapStorage = null, bool countCalls = false)
    {
        var id = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new SiloSettings(
            new SiloHostOptions
            {
                Profile = profile,
                SiloPort = FreePort(),
                GatewayPort = FreePort(),
                ClusterId = id,
                ServiceId = id,
                AdvertisedAddress = IPAddress.Loopback.ToString(),
            },
            new PostgresOptions { ConnectionString = postgres },
            new EmbeddedOptions { DatabasePath = sqlitePath ?? "data/bench.db" });
        await StorageProfileSetup.PrepareStorageAsync(settings, NullLogger.Instance);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // The silo's appsettings.json comes along with its assembly; keep its settings, but not its Information logging.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        if (configuration is not null)
            builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        // As the silo does: the escalation reminders' short period is deliberate (see ComplaintGridSiloBuilderExtensions).
        builder.Logging.AddFilter("Orleans.Hosting.ReminderOptionsValidator", LogLevel.Error);
        // Stopping a silo with a million activations logs one cancelled-lifecycle warning per grain.
        builder.Logging.AddFilter("Orleans.Grain", LogLevel.Error);
        CountingGrainStorage? counting = null;
        CountingReminderTable? reminders = null;
        var calls = countCalls ? new CountingGrainCallFilter() : null;
        builder.UseOrleans(silo =>
        {
            if (calls is not null)
                silo.AddIncomingGrainCallFilter(calls);
            StorageProfileSetup.Configure(silo, settings);
            silo.AddComplaintGrid();
            configureSilo?.Invoke(silo);
            silo.Services.DecorateGrainStorage(ComplaintGridStorage.Name, (sp, inner) =>
                counting = new CountingGrainStorage(wrapStorage is null ? inner : wrapStorage(sp, inner)));
            ReminderTableDecoration.Decorate(silo.Services, inner => reminders = new CountingReminderTable(inner));
        });
        var host = builder.Build();
        await host.StartAsync();
        // Resolve the storage now, so the counter exists before the first grain writes.
        host.Services.GetRequiredKeyedService<IGrainStorage>(ComplaintGridStorage.Name);
        host.Services.GetRequiredService<IReminderTable>();
        return new BenchSilo(host, counting!, reminders!, calls, id);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
