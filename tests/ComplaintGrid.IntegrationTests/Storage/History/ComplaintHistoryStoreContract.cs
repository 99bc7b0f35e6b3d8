using ComplaintGrid.History;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>
/// What every history store must do, whatever its database: idempotent writes (a redelivery or a late, older event
/// changes nothing), every field back as written, and search by each filter, by words, a page at a time. Run on
/// SQLite and on PostgreSQL, each store on a database of its own.
/// </summary>
public abstract partial class ComplaintHistoryStoreContract
{
    // Whole microseconds: PostgreSQL keeps no finer.
    private static readonly DateTimeOffset Start = new(2026, 11, 3, 9, 15, 30, 123, 456, TimeSpan.Zero);

    protected abstract IComplaintHistoryStore Store { get; }

    [Fact]
    public async Task Apply_TheSameDeliveryTwice_ChangesNothing()
    {
        var record = Record(NewId(), sequence: 1);
        var events = new[] { Event(record.ComplaintId, 1, ComplaintEventKind.Filed) };

        await Store.Apply(record, events);
        await Store.Apply(record, events);

        Assert.Equal(record, await Store.Get(record.ComplaintId));
        Assert.Equal(events, await Store.Events(record.ComplaintId));
    }

    [Fact]
    public async Task Apply_AnOlderDeliveryAfterANewerOne_KeepsTheNewerRowAndEveryEvent()
    {
        var id = NewId();
        var filed = Record(id, sequence: 1);
        var acknowledged = filed with { Status = ComplaintStatus.Acknowledged, AcknowledgedAt = Start.AddMinutes(5), LastSequence = 2 };
        var second = Event(id, 2, ComplaintEventKind.Acknowledged);
        var first = Event(id, 1, ComplaintEventKind.Filed);

        await Store.Apply(acknowledged, [second]);
        await Store.Apply(filed, [first]);

        Assert.Equal(acknowledged, await Store.Get(id));
        Assert.Equal([first, second], await Store.Events(id));
    }

    [Fact]
    public async Task Apply_EveryField_ReadsBackAsWritten()
    {
        var record = Record(NewId(), sequence: 14) with
        {
            Status = ComplaintStatus.Closed,
            Upheld = true,
            Type = ComplaintType.Substantive,
            Cause = Cause.System,
            Outcome = CloseOutcome.Resolved,
            AcknowledgedAt = Start.AddHours(1),
            ResolvedAt = Start.AddDays(2),
            ClosedAt = Start.AddDays(3),
            FirstResponseMet = true,
            ResolutionMet = false,
            BreachCount = 2,
            ReopenCount = 1,
            HandOffCount = 3,
            EscalationLevel = EscalationLevel.Level3,
            Satisfied = false,
            RemedyKind = RemedyKind.Refund,
            RemedyAmount = 129.95m,
            RootCause = "Courier skipped the handling label",
            Lessons = "Label fragile parcels twice",
            Prevention = "Courier briefing",
        };
        var escalated = new ComplaintHistoryEvent(record.ComplaintId, 14, ComplaintEventKind.Escalated, Start.AddDays(1),
            ComplaintStatus.Investigating, "logistics", "finance", ClockKind.Resolution, EscalationLevel.Level3);

        await Store.Apply(record, [escalated]);

        Assert.Equal(record, await Store.Get(record.ComplaintId));
        Assert.Equal([escalated], await Store.Events(record.ComplaintId));
    }

    [Fact]
    public async Task Search_ByEachFilterAndByWords_FindsOnlyTheMatchingComplaint()
    {
        var customer = "cust-" + Guid.NewGuid().ToString("N")[..10];
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var target = Record(NewId(), sequence: 3) with
        {
            CustomerId = customer, Reference = "REF-" + word, Status = ComplaintStatus.Closed, DepartmentId = "quality",
            Category = Category.ProductQuality, Severity = Severity.Critical, Cause = Cause.Employee,
            FiledAt = Start.AddDays(40), SearchText = $"The kettle {word} leaks at the seam",
        };
        var other = Record(NewId(), sequence: 1) with { CustomerId = customer, FiledAt = Start.AddDays(41), SearchText = "Late parcel" };
        await Store.Apply(target, []);
        await Store.Apply(other, []);

        var all = new ComplaintSearchQuery(customer, null, null, null, null, null, null, null, null, null, 10, null);
        Assert.Equal([other.ComplaintId, target.ComplaintId], await Ids(all));
        Assert.Equal([target.ComplaintId], await Ids(all with { Reference = target.Reference }));
        Assert.Equal([target.ComplaintId], await Ids(all with { Status = ComplaintStatus.Closed }));
        Assert.Equal([target.ComplaintId], await Ids(all with { DepartmentIds = ["quality", "billing"] }));
        Assert.Empty(await Ids(all with { DepartmentIds = [] }));
        Assert.Equal([target.ComplaintId], await Ids(all with { Category = Category.ProductQuality }));
        Assert.Equal([target.ComplaintId], await Ids(all with { Severity = Severity.Critical }));
        Assert.Equal([target.ComplaintId], await Ids(all with { Cause = Cause.Employee }));
        Assert.Equal([target.ComplaintId], await Ids(all with { FiledFrom = Start.AddDays(40), FiledTo = Start.AddDays(40).AddTicks(10) }));
        Assert.Equal([target.ComplaintId], await Ids(all with { Text = $"KETTLE {word}" }));
        // The caller's words are words, never query syntax: quotes, OR and * neither fail nor widen the search.
        Assert.Empty(await Ids(all with { Text = $"\"{word}\" OR seam*" }));
        Assert.Empty(await Ids(all with { Text = $"kettle parcel {word}" }));
    }

    [Fact]
    public async Task Search_APageAtATime_WalksEveryMatchOnceNewestFirst()
    {
        var customer = "cust-" + Guid.NewGuid().ToString("N")[..10];
        var records = Enumerable.Range(0, 5).Select(i => Record(NewId(), 1) with { CustomerId = customer, FiledAt = Start.AddMinutes(i % 3) }).ToArray();
        foreach (var record in records)
            await Store.Apply(record, []);
        var expected = records.OrderByDescending(r => r.FiledAt).ThenByDescending(r => r.ComplaintId, StringComparer.Ordinal).Select(r => r.ComplaintId).ToArray();

        var walked = new List<string>();
        var query = new ComplaintSearchQuery(customer, null, null, null, null, null, null, null, null, null, 2, null);
        while (true)
        {
            var page = await Store.Search(query);
            walked.AddRange(page.Items.Select(h => h.ComplaintId));
            if (!page.HasMore)
                break;
            query = query with { After = page.Items[^1].ComplaintId };
        }

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task Search_AfterAnIdNotInTheHistory_IsRefusedNamingAfter()
    {
        var query = new ComplaintSearchQuery(null, null, null, null, null, null, null, null, null, null, 10, "CMP-0000000000000");

        var refused = await Assert.ThrowsAsync<ComplaintGridException>(() => Store.Search(query));

        Assert.Equal(ErrorCodes.UnknownValue, refused.Code);
        Assert.Equal("after", refused.Errors[0].Field);
    }

    private async Task<string[]> Ids(ComplaintSearchQuery query) => (await Store.Search(query)).Items.Select(h => h.ComplaintId).ToArray();

    private static string NewId() => "CMP-" + Guid.NewGuid().ToString("N")[..13].ToUpperInvariant();

    private static ComplaintHistoryEvent Event(string id, long sequence, ComplaintEventKind kind) =>
        new(id, sequence, kind, Start.AddMinutes(sequence), ComplaintStatus.Received, "logistics", null, null, null);

    private static ComplaintHistoryRecord Record(string id, long sequence) => new()
    {
        ComplaintId = id,
        CustomerId = "cust-1",
        Reference = "ORD-1",
        Status = ComplaintStatus.Received,
        DepartmentId = "logistics",
        Channel = Channel.Phone,
        Category = Category.Delivery,
        Severity = Severity.High,
        Priority = Severity.High,
        FiledAt = Start,
        BreachCount = 0,
        ReopenCount = 0,
        HandOffCount = 0,
        EscalationLevel = EscalationLevel.None,
        SearchText = "The sofa arrived with a torn cover.",
        LastSequence = sequence,
    };
}
