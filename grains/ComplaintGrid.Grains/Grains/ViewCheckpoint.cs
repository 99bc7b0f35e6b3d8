namespace ComplaintGrid.Grains;

/// <summary>
/// Stores a view grain's state on a timer instead of once per delivery, and answers how far the view has stored
/// each complaint. A view acknowledges only what is stored (a customer view also what it can ask the complaint for
/// again, which it does not mark as changing here): the complaint keeps the rest in its outbox (which it
/// persists with its own writes) and redelivers it, so a view that loses what it had not yet checkpointed converges
/// again from the complaints. Writes never overlap (<see cref="GroupCommit"/>); the timer runs only while there is
/// something to store, so idle views cost nothing.
/// </summary>
internal sealed class ViewCheckpoint
{
    private readonly IGrainBase _grain;
    private readonly TimeSpan _period;
    private readonly Func<Exception, Task> _failed;
    private readonly Action? _stored;
    private readonly GroupCommit _commit;
    private IGrainTimer? _timer;

    // Complaint → the last sequence of it that is stored, for complaints changed since the current write began.
    private Dictionary<string, long> _changed = new(StringComparer.Ordinal);

    // The same for the write in flight: its changes are stored only once it completes.
    private Dictionary<string, long>? _writing;

    /// <param name="grain">The view grain, whose timer this is.</param>
    /// <param name="write">Writes the grain's state.</param>
    /// <param name="period">How long a change waits for its checkpoint.</param>
    /// <param name="stored">Runs after each checkpoint timer tick (publishing what changed, say), if given.</param>
    /// <param name="failed">Runs when a timed checkpoint fails: the grain logs and starts again from its stored state.</param>
    public ViewCheckpoint(IGrainBase grain, Func<Task> write, TimeSpan period, Action? stored, Func<Exception, Task> failed)
    {
        _grain = grain;
        _period = period;
        _stored = stored;
        _failed = failed;
        _commit = new GroupCommit(() => Write(write));
    }

    /// <summary>True when something changed since the last write began.</summary>
    public bool IsDirty { get; private set; }

    /// <summary>True once a checkpoint failed: the in-memory state is given up and nothing more is stored from it.</summary>
    public bool IsDiscarded { get; private set; }

    /// <summary>Call when the view is about to apply newer events of a complaint, with the sequence it holds now.</summary>
    public void Changing(string complaintId, long sequenceHeld)
    {
        _changed.TryAdd(complaintId, sequenceHeld);
        Changed();
    }

    /// <summary>Call after a change that belongs to no complaint (an agent's shift, a customer's profile).</summary>
    public void Changed()
    {
        IsDirty = true;
        ChangedInMemory();
    }

    /// <summary>
    /// Call after a change the view need not store (a step it can ask the complaint for again): the next tick writes
    /// nothing for it, but still runs the callback after it, so what is published follows every change.
    /// </summary>
    public void ChangedInMemory() =>
        _timer ??= _grain.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(_period, _period) { Interleave = true });

    /// <summary>The highest sequence of the complaint that is stored, given the one the view holds in memory.</summary>
    public long Stored(string complaintId, long sequenceHeld)
    {
        if (_writing is not null && _writing.TryGetValue(complaintId, out var beforeWrite))
            return beforeWrite;
        return _changed.TryGetValue(complaintId, out var beforeChange) ? beforeChange : sequenceHeld;
    }

    /// <summary>Completes once a write that began after this call has stored everything changed before it.</summary>
    public Task Save() => _commit.Commit();

    /// <summary>Stores what is left on the way out; a failure only means complaints redeliver, so it is not thrown.</summary>
    public async Task SaveBeforeDeactivation(Action<Exception> failed)
    {
        _timer?.Dispose();
        _timer = null;
        if (!IsDirty || IsDiscarded)
            return;
        try
        {
            await Save();
        }
        catch (Exception ex)
        {
            failed(ex);
        }
    }

    private async Task Tick(CancellationToken cancellationToken)
    {
        if (IsDirty && !IsDiscarded)
        {
            try
            {
                await Save();
            }
            catch (Exception ex)
            {
                // The write may be refused for good (another activation wrote meanwhile): the grain starts again from
                // what is stored, and complaints redeliver everything it had not acknowledged as stored.
                IsDiscarded = true;
                await _failed(ex);
            }
        }
        else
        {
            _timer?.Dispose();
            _timer = null;
        }
        _stored?.Invoke();
    }

    private async Task Write(Func<Task> write)
    {
        var writing = _changed;
        _writing = writing;
        _changed = new Dictionary<string, long>(StringComparer.Ordinal);
        IsDirty = false;
        try
        {
            await write();
            _writing = null;
        }
        catch
        {
            // Nothing of this write is known to be stored: the older stored sequences win over later changes'.
            foreach (var (complaintId, stored) in writing)
                _changed[complaintId] = stored;
            _writing = null;
            IsDirty = true;
            throw;
        }
    }
}
