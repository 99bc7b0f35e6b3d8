using Orleans.Storage;

namespace ComplaintGrid.Silo.Storage;

/// <summary>
/// Wraps a grain storage provider so that its failures reach callers as <see cref="ComplaintGridUnavailableException"/>:
/// a database that does not answer otherwise surfaces as the driver's own exception, which Orleans cannot send to a
/// client (callers got <c>CodecNotFoundException</c> during a PostgreSQL outage), so nobody could tell it was worth a
/// retry. ETag conflicts stay <see cref="InconsistentStateException"/>: the grain handles those itself.
/// </summary>
internal sealed class RetryableFailureGrainStorage(string name, IGrainStorage inner, ILogger<RetryableFailureGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard("read", grainId, () => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard("write", grainId, () => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard("clear", grainId, () => inner.ClearStateAsync(stateName, grainId, grainState));

    public void Participate(ISiloLifecycle observer) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(observer);

    private async Task Guard(string operation, GrainId grainId, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex) when (ex is not (InconsistentStateException or ComplaintGridException or ComplaintGridUnavailableException or OperationCanceledException))
        {
            StorageLog.StorageFailed(logger, ex, operation, grainId.Type.ToString(), name);
            throw new ComplaintGridUnavailableException(
                $"Storage did not answer ({operation} of a {grainId.Type} failed with {ex.GetType().Name}); nothing was changed by this call. Retry it.");
        }
    }
}
