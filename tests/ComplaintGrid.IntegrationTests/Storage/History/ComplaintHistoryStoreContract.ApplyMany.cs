using ComplaintGrid.History;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>
/// Many complaints in one transaction (what the silo's <see cref="HistoryWriter"/> writes): the same idempotency as one
/// at a time, all or nothing, and the text index in step whether or not a row's text changed.
/// </summary>
public abstract partial class ComplaintHistoryStoreContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ApplyMany_SeveralComplaints_WritesEachRowAndItsEvents()
    {
        var updates = Enumerable.Range(1, 3).Select(n =>
        {
            var record = Record(NewId(), sequence: n) with { HandOffCount = n };
            return new ComplaintHistoryUpdate(record, Enumerable.Range(1, n).Select(s => Event(record.ComplaintId, s, ComplaintEventKind.Filed)).ToArray());
        }).ToArray();

        await Store.ApplyMany(updates);

        foreach (var update in updates)
        {
            Assert.Equal(update.Record, await Store.Get(update.Record.ComplaintId));
            Assert.Equal(update.Events, await Store.Events(update.Record.ComplaintId));
        }
    }

    [Fact]
    public async Task ApplyMany_AnOlderRowInTheSameBatchAsANewerOne_KeepsTheNewerRowAndEveryEvent()
    {
        var id = NewId();
        var filed = Record(id, sequence: 1);
        var acknowledged = filed with { Status = ComplaintStatus.Acknowledged, AcknowledgedAt = Start.AddMinutes(5), LastSequence = 2 };
        var first = Event(id, 1, ComplaintEventKind.Filed);
        var second = Event(id, 2, ComplaintEventKind.Acknowledged);

        // The newer delivery ahead of the older one, and then the older one after it in a batch of its own.
        await Store.ApplyMany([new(acknowledged, [second]), new(filed, [first])]);
        await Store.ApplyMany([new(filed, [first])]);

        Assert.Equal(acknowledged, await Store.Get(id));
        Assert.Equal([first, second], await Store.Events(id));
    }

    [Fact]
    public async Task ApplyMany_ARedeliveredEvent_IsKeptOnceAsFirstWritten()
    {
        var id = NewId();
        var record = Record(id, sequence: 2);
        var first = Event(id, 1, ComplaintEventKind.Filed);
        var second = Event(id, 2, ComplaintEventKind.Acknowledged);
        await Store.Apply(record with { LastSequence = 1 }, [first]);

        // The stored event again, once more in the same batch, and a changed copy that must not replace it.
        await Store.ApplyMany([new(record, [first, second]), new(record, [second, first with { DepartmentId = "billing" }])]);

        Assert.Equal(record, await Store.Get(id));
        Assert.Equal([first, second], await Store.Events(id));
    }

    [Fact]
    public async Task ApplyMany_OneUpdateTheDatabaseRefuses_CommitsNoneOfTheBatch()
    {
        var good = Record(NewId(), sequence: 1);
        var bad = Record(NewId(), sequence: 1) with { CustomerId = null! }; // NOT NULL on both databases

        await Assert.ThrowsAnyAsync<Exception>(() => Store.ApplyMany([
            new(good, [Event(good.ComplaintId, 1, ComplaintEventKind.Filed)]),
            new(bad, [Event(bad.ComplaintId, 1, ComplaintEventKind.Filed)])]));

        Assert.Null(await Store.Get(good.ComplaintId));
        Assert.Empty(await Store.Events(good.ComplaintId));
    }

    [Fact]
    public async Task HistoryWriter_AFailingWrite_FailsEveryCallerItCarriedAndNoOneElse()
    {
        var held = new HeldStore(Store);
        var writer = new HistoryWriter(held);
        var before = Record(NewId(), sequence: 1);
        var good = Record(NewId(), sequence: 1);
        var bad = Record(NewId(), sequence: 1) with { CustomerId = null! };

        var firstCaller = writer.Write(new(before, []));
        await held.FirstWriteStarted.WaitAsync(Patience);
        var goodCaller = writer.Write(new(good, [Event(good.ComplaintId, 1, ComplaintEventKind.Filed)]));
        var badCaller = writer.Write(new(bad, []));
        held.Release();

        await firstCaller.WaitAsync(Patience);
        await Assert.ThrowsAnyAsync<Exception>(() => goodCaller.WaitAsync(Patience));
        await Assert.ThrowsAnyAsync<Exception>(() => badCaller.WaitAsync(Patience));
        Assert.Equal(2, held.Writes);
        Assert.Equal(before, await Store.Get(before.ComplaintId));
        Assert.Null(await Store.Get(good.ComplaintId));
        Assert.Empty(await Store.Events(good.ComplaintId));
    }

    [Fact]
    public async Task ApplyMany_TextUnchangedOrChanged_SearchFindsTheCurrentWordsOnly()
    {
        var customer = "cust-" + Guid.NewGuid().ToString("N")[..10];
        var oldWord = "zq" + Guid.NewGuid().ToString("N")[..8];
        var newWord = "zq" + Guid.NewGuid().ToString("N")[..8];
        var keptWord = "zq" + Guid.NewGuid().ToString("N")[..8];
        var changing = Record(NewId(), sequence: 1) with { CustomerId = customer, SearchText = $"Kettle {oldWord}" };
        var keeping = Record(NewId(), sequence: 1) with { CustomerId = customer, SearchText = $"Sofa {keptWord}" };
        await Store.ApplyMany([new(changing, []), new(keeping, [])]);

        await Store.ApplyMany([
            new(changing with { LastSequence = 2, RootCause = "Seal", SearchText = $"Kettle {newWord}" }, []),
            new(keeping with { LastSequence = 2, Status = ComplaintStatus.Acknowledged }, [])]);

        var query = new ComplaintSearchQuery(customer, null, null, null, null, null, null, null, null, null, 10, null);
        Assert.Empty(await Ids(query with { Text = oldWord }));
        Assert.Equal([changing.ComplaintId], await Ids(query with { Text = newWord }));
        Assert.Equal([keeping.ComplaintId], await Ids(query with { Text = keptWord }));
        Assert.Equal(ComplaintStatus.Acknowledged, (await Store.Get(keeping.ComplaintId))!.Status);
    }

    /// <summary>The store under test, with its first write held until the test releases it, so later callers queue.</summary>
    private sealed class HeldStore(IComplaintHistoryStore inner) : IComplaintHistoryStore
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _writes;

        public Task FirstWriteStarted => _started.Task;

        public int Writes => Volatile.Read(ref _writes);

        public void Release() => _released.SetResult();

        public async Task ApplyMany(IReadOnlyList<ComplaintHistoryUpdate> updates, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _writes) == 1)
            {
                _started.SetResult();
                await _released.Task;
            }
            await inner.ApplyMany(updates, cancellationToken);
        }

        public Task Apply(ComplaintHistoryRecord record, IReadOnlyList<ComplaintHistoryEvent> events, CancellationToken cancellationToken = default) =>
            inner.Apply(record, events, cancellationToken);

        public Task<ComplaintHistoryRecord?> Get(string complaintId, CancellationToken cancellationToken = default) => inner.Get(complaintId, cancellationToken);

        public Task<IReadOnlyList<ComplaintHistoryEvent>> Events(string complaintId, CancellationToken cancellationToken = default) =>
            inner.Events(complaintId, cancellationToken);

        public Task<ComplaintSearchPage> Search(ComplaintSearchQuery query, CancellationToken cancellationToken = default) => inner.Search(query, cancellationToken);

        public Task<ServiceReport> ServiceReport(ServiceReportQuery query, DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
            inner.ServiceReport(query, asOf, cancellationToken);

        public Task<RootCauseReport> RootCauses(RootCauseQuery query, CancellationToken cancellationToken = default) => inner.RootCauses(query, cancellationToken);
    }
}
