namespace ComplaintGrid.Grains.Ids;

/// <summary>
/// The silo's copy of the deployment's id secret (<see cref="IComplaintIdKeyGrain"/>): loaded on first use and kept,
/// since it never changes. Concurrent first callers share one load; a failed load is tried again by the next caller.
/// </summary>
internal sealed class ComplaintIdKey(IGrainFactory grains)
{
    private readonly Lock _gate = new();
    private byte[]? _secret;
    private Task<byte[]>? _loading;

    /// <summary>The secret complaint ids are keyed with.</summary>
    public ValueTask<byte[]> Get() => Volatile.Read(ref _secret) is { } secret ? new(secret) : new(Loading());


    private Task<byte[]> Loading()
    {
        lock (_gate)
        {
            if (_loading is null || _loading.IsFaulted || _loading.IsCanceled)
                // Off any grain's scheduler: the shared load must not depend on the activation that started it.
                _loading = Task.Run(Load);
            return _loading;
        }
    }

    private async Task<byte[]> Load()
    {
        var secret = await grains.GetGrain<IComplaintIdKeyGrain>(0).Get().ConfigureAwait(false);
        Volatile.Write(ref _secret, secret);
        return secret;
    }
}
