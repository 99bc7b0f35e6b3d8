namespace ComplaintGrid.Grains;

/// <summary>
/// Coalesces state writes of an interleaving grain: a caller changes the state in memory, then awaits
/// <see cref="Commit"/>, which completes once a write that started after the change has finished. Callers
/// that arrive while a write runs share the next one, so a busy view writes once per write latency, not
/// once per event, and never runs two writes at once.
/// </summary>
internal sealed class GroupCommit(Func<Task> write)
{
    private Task? _current;
    private TaskCompletionSource? _next;

    public Task Commit()
    {
        if (_next is not null)
            return _next.Task; // its write has not started: it will include this caller's change
        if (_current is { IsCompleted: false })
        {
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _ = WriteAfter(_current, _next);
            return _next.Task;
        }
        _current = write();
        return _current;
    }

    private async Task WriteAfter(Task previous, TaskCompletionSource waiting)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The previous batch's callers receive that failure; this batch writes afresh.
        }
        _next = null;
        var mine = write();
        _current = mine;
        try
        {
            await mine;
            waiting.SetResult();
        }
        catch (Exception ex)
        {
            waiting.SetException(ex);
        }
    }
}
