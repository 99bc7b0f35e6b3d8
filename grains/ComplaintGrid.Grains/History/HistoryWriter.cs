namespace ComplaintGrid.History;

/// <summary>
/// Group commit across complaints: the silo's projector calls hand their complaint's row and events here, and the
/// writer puts many of them into one <see cref="IComplaintHistoryStore.ApplyMany"/> transaction. A call arriving while
/// no write runs is written at once; calls arriving while one runs wait and share the next, up to
/// <see cref="BatchSize"/> complaints a write, so a busy silo commits once per write latency instead of once per
/// delivery. A caller's task completes only once its rows are committed, and fails with its write, so the complaint's
/// outbox delivers again as it would after a failed write of its own.
/// </summary>
public sealed class HistoryWriter
{
    /// <summary>
    /// The most complaints one write carries unless told otherwise: enough to absorb a few thousand deliveries a second
    /// at a few tens of milliseconds a write, few enough that one transaction stays short.
    /// </summary>
    public const int DefaultBatchSize = 256;

    private readonly IComplaintHistoryStore _store;
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _waiting = new();
    private bool _writing;

    /// <param name="store">Where the rows go.</param>
    /// <param name="batchSize">The most complaints one write carries; at least 1.</param>
    public HistoryWriter(IComplaintHistoryStore store, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _store = store;
        BatchSize = batchSize;
    }

    /// <summary>The most complaints one write carries.</summary>
    public int BatchSize { get; }

    /// <summary>Writes one complaint's row and events with whatever else is waiting; completes once they are committed.</summary>
    public Task Write(ComplaintHistoryUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var pending = new Pending(update);
        lock (_gate)
        {
            _waiting.Enqueue(pending);
            if (_writing)
                return pending.Done.Task;
            _writing = true;
        }
        // Off the caller's scheduler: the loop outlives the grain call that started it and serves every activation.
        _ = Task.Run(WriteWhileWaiting);
        return pending.Done.Task;
    }

    private async Task WriteWhileWaiting()
    {
        while (true)
        {
            Pending[] batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }
                batch = new Pending[Math.Min(_waiting.Count, BatchSize)];
                for (var i = 0; i < batch.Length; i++)
                    batch[i] = _waiting.Dequeue();
            }
            try
            {
                await _store.ApplyMany(Array.ConvertAll(batch, p => p.Update));
                foreach (var pending in batch)
                    pending.Done.SetResult();
            }
            catch (Exception ex)
            {
                // Every caller of this write retries through its outbox; the next write starts afresh.
                foreach (var pending in batch)
                    pending.Done.SetException(ex);
            }
        }
    }

    private sealed class Pending(ComplaintHistoryUpdate update)
    {
        public ComplaintHistoryUpdate Update { get; } = update;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
