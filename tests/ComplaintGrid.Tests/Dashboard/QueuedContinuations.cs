using System.Collections.Concurrent;

namespace ComplaintGrid.Tests.Dashboard;

/// <summary>
/// A synchronization context that only queues what is posted to it, until a test runs the queue: code awaiting under
/// it goes on exactly when the test says, on the test's own thread.
/// </summary>
internal sealed class QueuedContinuations : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queued = new();

    public override void Post(SendOrPostCallback d, object? state) => _queued.Enqueue((d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    /// <summary>Runs what was queued, and what that queues in turn, until nothing is left.</summary>
    public void RunQueued()
    {
        var outer = Current;
        SetSynchronizationContext(this);
        try
        {
            while (_queued.TryDequeue(out var item))
                item.Callback(item.State);
        }
        finally
        {
            SetSynchronizationContext(outer);
        }
    }
}
