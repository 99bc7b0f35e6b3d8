using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// The in-process silo a store's contract tests run on: its grain storage as the profile configures it, the same
/// storage again deleting state on clear, and its reminder table, each resolved as the silo resolves it.
/// </summary>
public sealed class StorageContractSilo : IAsyncDisposable
{
    private const string StorageName = "complaintgrid";
    private const string DeletingStorageName = "complaintgrid-delete-on-clear";

    private readonly IHost _host;

    private StorageContractSilo(IHost host) => _host = host;

    public IGrainStorage GrainStorage => _host.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    public IGrainStorage DeletingGrainStorage => _host.Services.GetRequiredKeyedService<IGrainStorage>(DeletingStorageName);

    public IReminderTable ReminderTable => _host.Services.GetRequiredService<IReminderTable>();

    /// <param name="idPrefix">Starts the silo's cluster and service id.</param>
    /// <param name="addGrainStorage">Adds the store's grain storage under a name, deleting state on clear or not.</param>
    /// <param name="useReminders">Makes the store the silo's reminder table.</param>
    public static async Task<StorageContractSilo> StartAsync(string idPrefix,
        Func<ISiloBuilder, string, bool, ISiloBuilder> addGrainStorage, Action<ISiloBuilder> useReminders) =>
        new(await TestSilo.StartOnLoopbackAsync(idPrefix, silo =>
        {
            addGrainStorage(silo, StorageName, false);
            addGrainStorage(silo, DeletingStorageName, true);
            useReminders(silo);
        }));

    public async ValueTask DisposeAsync() => await TestSilo.StopAsync(_host);
}
