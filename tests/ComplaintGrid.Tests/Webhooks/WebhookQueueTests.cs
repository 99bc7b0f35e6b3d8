using ComplaintGrid.Domain.Webhooks;

namespace ComplaintGrid.Tests.Webhooks;

public sealed class WebhookQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly HashSet<string> NoneBusy = [];

    private static ComplaintEvent Event(string complaintId, long sequence) =>
        new(complaintId, sequence, ComplaintEventKind.Acknowledged, Now, null!, null, null, null);

    private static ComplaintEvent WithReference(string complaintId, long sequence, ComplaintEventKind kind, string? reference) =>
        new(complaintId, sequence, kind, Now, new ComplaintSummary(complaintId, "cust-1", "logistics", ComplaintStatus.Acknowledged, null,
            Severity.Low, Severity.Low, Category.Delivery, SubjectKind.Order, reference, null, Now, Now, null, null, true, null,
            EscalationLevel.None, EscalationLevel.None, EscalationLevel.None, EscalationLevel.None, 0, 0, 0, false, null, null), null, null, null);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TryAppend_Erasure_BlanksTheComplaintsWaitingDeliveries_AndIsQueuedOnlyWhenPosted(bool postsErasures)
    {
        var state = new WebhookQueueState();
        var queue = new WebhookQueue(state);
        queue.TryAppend([WithReference("a", 1, ComplaintEventKind.Filed, "ORD-1"), WithReference("a", 2, ComplaintEventKind.Acknowledged, "ORD-1")], Now, 100, out _);
        queue.TryAppend([WithReference("b", 1, ComplaintEventKind.Filed, "ORD-2")], Now, 100, out _);

        var erasure = WithReference("a", 3, ComplaintEventKind.PersonalDataErased, ErasedText.Marker);
        Assert.True(queue.TryAppend([erasure], Now, 100, out var changed, postsErasures));

        Assert.True(changed);
        Assert.Equal(postsErasures ? [1, 2, 3] : [1L, 2], state.Lanes["a"].Pending.Select(e => e.Sequence));
        Assert.All(state.Lanes["a"].Pending, e => Assert.Equal(ErasedText.Marker, e.Summary.Reference));
        Assert.Equal("ORD-2", state.Lanes["b"].Pending.Single().Summary.Reference);
        Assert.Equal(postsErasures ? 4 : 3, queue.PendingCount);
        // Redelivered, it changes nothing.
        Assert.True(queue.TryAppend([erasure], Now, 100, out changed, postsErasures));
        Assert.False(changed);
    }

    [Fact]
    public void TryAppend_RedeliveredOrOlderEvents_AreIgnored()
    {
        var queue = new WebhookQueue(new WebhookQueueState());
        Assert.True(queue.TryAppend([Event("a", 2), Event("a", 5)], Now, 100, out var changed));
        Assert.True(changed);

        Assert.True(queue.TryAppend([Event("a", 2), Event("a", 5), Event("a", 4)], Now, 100, out changed));

        Assert.False(changed);
        Assert.Equal(2, queue.PendingCount);
    }

    [Fact]
    public void TryAppend_PastCapacity_RefusesTheWholeBatch()
    {
        var queue = new WebhookQueue(new WebhookQueueState());
        Assert.True(queue.TryAppend([Event("a", 1), Event("b", 1)], Now, 3, out _));

        Assert.False(queue.TryAppend([Event("c", 1), Event("c", 2)], Now, 3, out var changed));

        Assert.False(changed);
        Assert.Equal(2, queue.PendingCount);
    }

    [Fact]
    public void Failed_HeadWaitsWithBackoff_WhileOtherComplaintsStayDue()
    {
        var queue = new WebhookQueue(new WebhookQueueState());
        queue.TryAppend([Event("a", 1), Event("a", 2), Event("b", 1)], Now, 100, out _);

        var outcome = queue.Failed(Event("a", 1), Now, Second, TimeSpan.FromMinutes(5), TimeSpan.FromDays(1));

        Assert.Equal(new WebhookFailureOutcome(1, Second), outcome);
        Assert.Null(queue.DueHead("a", Now));
        Assert.Equal(["b"], queue.Due(Now, 10, NoneBusy));
        Assert.Equal(1, queue.DueHead("a", Now + Second)!.Sequence);
        Assert.Equal(2 * Second, queue.Failed(Event("a", 1), Now + Second, Second, TimeSpan.FromMinutes(5), TimeSpan.FromDays(1)).RetryIn);
    }

    [Fact]
    public void Delivered_Head_MakesTheComplaintsNextEventDue()
    {
        var queue = new WebhookQueue(new WebhookQueueState());
        queue.TryAppend([Event("a", 1), Event("a", 3)], Now, 100, out _);
        queue.Failed(Event("a", 1), Now, Second, TimeSpan.FromMinutes(5), TimeSpan.FromDays(1));

        queue.Delivered(Event("a", 1));

        Assert.Equal(3, queue.DueHead("a", Now)!.Sequence);
        Assert.Equal(new WebhookQueueStatus(1, 1, 1, 0, 0), queue.Status());
    }

    [Fact]
    public void Failed_PastGiveUpAfter_AbandonsTheHeadAndMovesOn()
    {
        var queue = new WebhookQueue(new WebhookQueueState());
        queue.TryAppend([Event("a", 1), Event("a", 2)], Now, 100, out _);
        queue.Failed(Event("a", 1), Now, Second, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));

        var outcome = queue.Failed(Event("a", 1), Now.AddHours(1), Second, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));

        Assert.Null(outcome.RetryIn);
        Assert.Equal(2, queue.DueHead("a", Now.AddHours(1))!.Sequence);
        Assert.Equal(1, queue.Status().Abandoned);
    }

    [Fact]
    public void Prune_ForgetsOnlyEmptyLanesPastRetention()
    {
        var state = new WebhookQueueState();
        var queue = new WebhookQueue(state);
        queue.TryAppend([Event("a", 1), Event("b", 1)], Now, 100, out _);
        queue.Delivered(Event("a", 1));

        Assert.True(queue.Prune(Now.AddDays(2), TimeSpan.FromDays(1)));

        Assert.Equal(["b"], state.Lanes.Keys);
    }

    [Fact]
    public void ShardOf_IsStableAndWithinRange()
    {
        Assert.Equal(WebhookShards.ShardOf("CMP-AQKZPTZ9F7KKG", 8), WebhookShards.ShardOf("CMP-AQKZPTZ9F7KKG", 8));
        Assert.All(Enumerable.Range(0, 200), i => Assert.InRange(WebhookShards.ShardOf("CMP-" + i, 8), 0, 7));
        Assert.True(Enumerable.Range(0, 200).Select(i => WebhookShards.ShardOf("CMP-" + i, 8)).Distinct().Count() > 4);
        Assert.Equal("crm", WebhookShards.SubscriptionOf(WebhookShards.QueueKey("crm", 3)));
    }
}
