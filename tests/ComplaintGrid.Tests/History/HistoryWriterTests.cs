using ComplaintGrid.History;

namespace ComplaintGrid.Tests.History;

/// <summary>
/// The history writer's group commit against a store whose writes finish when the test says: a call with nothing
/// running writes at once, callers arriving meanwhile share the next write, a write carries at most the batch size,
/// and a failed write fails exactly its own callers.
/// </summary>
public sealed class HistoryWriterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Write_CallersArrivingDuringAWrite_ShareTheNextOne()
    {
        var store = new HeldStore();
        var writer = new HistoryWriter(store);

        var first = writer.Write(Update("CMP-A"));
        var firstWrite = await store.NextWrite();
        var second = writer.Write(Update("CMP-B"));
        var third = writer.Write(Update("CMP-C"));

        Assert.Equal(["CMP-A"], firstWrite.Ids);
        Assert.False(first.IsCompleted); // not before its rows are committed
        firstWrite.Commit();
        await first.WaitAsync(Patience);
        var secondWrite = await store.NextWrite();
        Assert.Equal(["CMP-B", "CMP-C"], secondWrite.Ids);
        Assert.False(second.IsCompleted || third.IsCompleted);
        secondWrite.Commit();
        await Task.WhenAll(second, third).WaitAsync(Patience);
        Assert.Equal(2, store.Writes);
    }

    [Fact]
    public async Task Write_MoreWaitingThanABatch_WritesThemInBatchesOfAtMostTheSize()
    {
        var store = new HeldStore();
        var writer = new HistoryWriter(store, batchSize: 2);

        var writes = new List<Task> { writer.Write(Update("CMP-A")) };
        var firstWrite = await store.NextWrite();
        foreach (var id in (string[])["CMP-B", "CMP-C", "CMP-D"])
            writes.Add(writer.Write(Update(id)));
        firstWrite.Commit();
        var secondWrite = await store.NextWrite();
        secondWrite.Commit();
        var thirdWrite = await store.NextWrite();
        thirdWrite.Commit();
        await Task.WhenAll(writes).WaitAsync(Patience);

        string[][] expected = [["CMP-A"], ["CMP-B", "CMP-C"], ["CMP-D"]];
        Assert.Equal(expected, new[] { firstWrite.Ids, secondWrite.Ids, thirdWrite.Ids });
    }

    [Fact]
    public async Task Write_AFailedWrite_FailsExactlyItsOwnCallersAndTheNextWriteStartsAfresh()
    {
        var store = new HeldStore();
        var writer = new HistoryWriter(store);

        var first = writer.Write(Update("CMP-A"));
        var firstWrite = await store.NextWrite();
        var second = writer.Write(Update("CMP-B"));
        var third = writer.Write(Update("CMP-C"));
        var firstFailure = new InvalidOperationException("first write");
        firstWrite.Fail(firstFailure);

        Assert.Same(firstFailure, await Assert.ThrowsAsync<InvalidOperationException>(() => first.WaitAsync(Patience)));
        var secondWrite = await store.NextWrite();
        Assert.False(second.IsCompleted || third.IsCompleted);
        var secondFailure = new TimeoutException("second write");
        secondWrite.Fail(secondFailure);
        Assert.Same(secondFailure, await Assert.ThrowsAsync<TimeoutException>(() => second.WaitAsync(Patience)));
        Assert.Same(secondFailure, await Assert.ThrowsAsync<TimeoutException>(() => third.WaitAsync(Patience)));

        var fourth = writer.Write(Update("CMP-D"));
        var thirdWrite = await store.NextWrite();
        thirdWrite.Commit();
        await fourth.WaitAsync(Patience);
        Assert.Equal(["CMP-D"], thirdWrite.Ids);
    }

    [Fact]
    public void Constructor_ABatchSizeBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistoryWriter(new HeldStore(), batchSize: 0));

    private static ComplaintHistoryUpdate Update(string id) => new(new ComplaintHistoryRecord
    {
        ComplaintId = id,
        CustomerId = "cust-1",
        Status = ComplaintStatus.Received,
        DepartmentId = "logistics",
        Channel = Channel.Phone,
        Category = Category.Delivery,
        Severity = Severity.High,
        Priority = Severity.High,
        FiledAt = new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero),
        BreachCount = 0,
        ReopenCount = 0,
        HandOffCount = 0,
        EscalationLevel = EscalationLevel.None,
        SearchText = "A torn cover.",
        LastSequence = 1,
    }, []);

    /// <summary>One write to <see cref="HeldStore"/>: which complaints it carries, finished by the test.</summary>
    private sealed class HeldWrite(IReadOnlyList<ComplaintHistoryUpdate> updates)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string[] Ids { get; } = updates.Select(u => u.Record.ComplaintId).ToArray();

        public Task Done => _done.Task;

        public void Commit() => _done.SetResult();

        public void Fail(Exception failure) => _done.SetException(failure);
    }

    private sealed class HeldStore : IComplaintHistoryStore
    {
        private readonly System.Threading.Channels.Channel<HeldWrite> _writes = System.Threading.Channels.Channel.CreateUnbounded<HeldWrite>();
        private int _count;

        public int Writes => Volatile.Read(ref _count);

        public async Task<HeldWrite> NextWrite() => await _writes.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        public Task ApplyMany(IReadOnlyList<ComplaintHistoryUpdate> updates, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            var write = new HeldWrite(updates);
            _writes.Writer.TryWrite(write);
            return write.Done;
        }

        public Task Apply(ComplaintHistoryRecord record, IReadOnlyList<ComplaintHistoryEvent> events, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ComplaintHistoryRecord?> Get(string complaintId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ComplaintHistoryEvent>> Events(string complaintId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ComplaintSearchPage> Search(ComplaintSearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ServiceReport> ServiceReport(ServiceReportQuery query, DateTimeOffset asOf, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<RootCauseReport> RootCauses(RootCauseQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
