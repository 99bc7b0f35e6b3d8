using Microsoft.Extensions.Time.Testing;

namespace ComplaintGrid.TestSupport.Time;

/// <summary>
/// A fake clock that also tells when code starts waiting on it. A loop that waits with
/// <c>Task.Delay(interval, time)</c> creates a timer each time round, so the next timer of that interval means the
/// loop has finished what the last advance made due and is idle again: the point a test can count from, with no
/// guess at how long "idle" takes on a busy machine.
/// </summary>
public sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Created)> _watches = [];

    /// <summary>
    /// Completes when a timer due <paramref name="dueTime"/> from its creation is next created. Ask before the advance
    /// (or the start) that leads to it, so the timer cannot be created before it is watched for.
    /// </summary>
    public Task NextTimer(TimeSpan dueTime)
    {
        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
            _watches.Add((dueTime, created));
        return created.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            foreach (var watch in _watches.Where(w => w.DueTime == dueTime).ToList())
            {
                _watches.Remove(watch);
                watch.Created.TrySetResult();
            }
        }
        return timer;
    }
}
