namespace ComplaintGrid.Benchmarks.Storage;

/// <summary>
/// Passes every call to the profile's reminder table and counts the writes (upserts and removals): a complaint writes
/// to it whenever its next escalation point moves, so the count per event says what the reminders cost on a store.
/// </summary>
internal sealed class CountingReminderTable(IReminderTable inner) : IReminderTable
{
    private long _writes;

    public long Writes => Interlocked.Read(ref _writes);

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => inner.StopAsync(cancellationToken);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => inner.ReadRows(grainId);

    public Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) => inner.ReadRows(grainId, cancellationToken);

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => inner.ReadRows(begin, end);

    public Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken) => inner.ReadRows(begin, end, cancellationToken);

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => inner.ReadRow(grainId, reminderName);

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken) =>
        inner.ReadRow(grainId, reminderName, cancellationToken);

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        Interlocked.Increment(ref _writes);
        return inner.UpsertRow(entry);
    }

    public Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.UpsertRow(entry, cancellationToken);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        Interlocked.Increment(ref _writes);
        return inner.RemoveRow(grainId, reminderName, eTag);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.RemoveRow(grainId, reminderName, eTag, cancellationToken);
    }

    public Task TestOnlyClearTable() => inner.TestOnlyClearTable();

    public Task TestOnlyClearTable(CancellationToken cancellationToken) => inner.TestOnlyClearTable(cancellationToken);
}
