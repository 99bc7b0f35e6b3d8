using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Grains.Webhooks;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Erasing a customer's personal texts through the real customer, complaint, view and webhook queue grains.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonalDataErasureGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Erasing_a_customer_blanks_every_complaint_of_theirs_and_the_views_and_keeps_the_facts()
    {
        var customerId = NewCustomer();
        var (open, filedOpen) = await FileAsync(_grains, Filing(customerId, reference: "ORD-7001"));
        await ToInvestigatingAsync(open);
        var (closed, filedClosed) = await FileAsync(_grains, Filing(customerId, reference: "ORD-7002"));
        await ToInvestigatingAsync(closed);
        await closed.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 49.90m, "Refund the order."));
        await closed.StartImplementation(new StartImplementation("agent-7"));
        await closed.Resolve(new ResolveComplaint("agent-7", "Your refund is on its way."));
        await closed.RecordFeedback(new RecordFeedback(true, "Thanks, Jane Doe"));
        var closedBefore = await closed.Close(Evaluation());
        var customer = _grains.GetGrain<ICustomerGrain>(customerId);
        await Eventually.Value(() => customer.Get(), v => v.TotalComplaints == 2, "the customer view knows both complaints", Deadline, Poll);

        var erasure = await customer.ErasePersonalData(new ErasePersonalData("sup-1"));

        Assert.Equal(new PersonalDataErasure(customerId, 2, 2), erasure);
        foreach (var grain in new[] { open, closed })
        {
            var view = await grain.Get();
            Assert.Equal((ErasedText.Marker, ErasedText.Marker), (view.Description, view.Reference));
            Assert.Equal(ErasedText.Marker, view.Investigation!.RootCause);
            Assert.Equal((ComplaintEventKind.PersonalDataErased, "sup-1"), (view.Timeline[^1].Kind, view.Timeline[^1].Actor));
            Assert.DoesNotContain(view.Timeline, t => t.Detail.Contains("We are on it", StringComparison.Ordinal));
        }
        var closedAfter = await closed.Get();
        Assert.Equal((ErasedText.Marker, ErasedText.Marker), (closedAfter.Feedback!.Comment, closedAfter.Remedy!.Description));
        Assert.Equal((closedBefore.Status, closedBefore.Remedy!.Amount, closedBefore.Feedback!.Satisfied),
            (closedAfter.Status, closedAfter.Remedy.Amount, closedAfter.Feedback.Satisfied));
        Assert.Equal(closedBefore.Clocks, closedAfter.Clocks);
        Assert.Equal(closedBefore.Timeline.Select(t => (t.Sequence, t.At, t.Actor, t.Kind)),
            closedAfter.Timeline.SkipLast(1).Select(t => (t.Sequence, t.At, t.Actor, t.Kind)));

        // The views learn of it from the erasure event, as of every other step.
        var customerView = await Eventually.Value(() => customer.Get(),
            v => v.Complaints.All(c => c.Reference == ErasedText.Marker), "the customer view blanked both references", Deadline, Poll);
        Assert.Equal(2, customerView.TotalComplaints);
        var queue = await Eventually.Value(() => _grains.GetGrain<IDepartmentGrain>(filedOpen.DepartmentId).ListOpen(),
            q => q.Any(c => c.ComplaintId == filedOpen.Id && c.Reference == ErasedText.Marker), "the department queue blanked the open one", Deadline, Poll);
        Assert.DoesNotContain(queue, c => c.ComplaintId == filedClosed.Id);
    }

    [Fact]
    public async Task Erasing_again_erases_nothing_more_and_records_nothing()
    {
        var customerId = NewCustomer();
        var (grain, _) = await FileAsync(_grains, Filing(customerId));
        var customer = _grains.GetGrain<ICustomerGrain>(customerId);
        Assert.Equal(new PersonalDataErasure(customerId, 1, 1), await customer.ErasePersonalData(new ErasePersonalData("sup-1")));
        var once = await grain.Get();

        var again = await customer.ErasePersonalData(new ErasePersonalData("sup-2"));

        Assert.Equal(new PersonalDataErasure(customerId, 1, 0), again);
        Assert.Equal(once.Sequence, (await grain.Get()).Sequence);
    }

    [Fact]
    public async Task A_customer_with_no_complaints_erases_none_and_a_malformed_actor_is_refused()
    {
        var customer = _grains.GetGrain<ICustomerGrain>(NewCustomer());

        Assert.Equal(0, (await customer.ErasePersonalData(new ErasePersonalData("sup-1"))).Complaints);
        var refused = await Assert.ThrowsAsync<ComplaintGridException>(() => customer.ErasePersonalData(new ErasePersonalData("not an id")));
        Assert.Equal(("actor", ErrorCodes.InvalidIdentifier), (refused.Errors[0].Field, refused.Code));
    }

    [Fact]
    public async Task Queued_webhook_deliveries_lose_their_texts_and_an_unsubscribed_erasure_is_not_posted()
    {
        var receiver = fixture.Webhooks;
        var customerId = NewCustomer();
        var (grain, filed) = await FileAsync(_grains, Filing(customerId, reference: "ORD-7003"));
        receiver.Hang(filed.Id);
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        // The acknowledgement waits in the crm queue: its first attempt hangs.
        await Eventually.Value(() => receiver.For(filed.Id), a => a.Count > 0, "the acknowledgement reached the subscriber", Deadline, Poll);

        await _grains.GetGrain<ICustomerGrain>(customerId).ErasePersonalData(new ErasePersonalData("sup-1"));
        receiver.Release(filed.Id);

        var accepted = await Eventually.Value(() => receiver.For(filed.Id).Where(a => a.Accepted).ToArray(), a => a.Length > 0,
            "the acknowledgement got through", Deadline, Poll);
        var delivered = Assert.Single(accepted);
        Assert.Equal(("Acknowledged", ErasedText.Marker), (delivered.Kind, delivered.Reference));
        // crm subscribes to neither the filing nor the erasure: the erasure reached its queue (which blanked the waiting
        // acknowledgement) and was never posted; nothing of this complaint is left to send (the shard's queue is shared
        // with other tests' complaints, some of them held on purpose).
        var queue = _grains.GetGrain<IWebhookQueueGrain>(WebhookShards.QueueKey("crm", WebhookShards.ShardOf(filed.Id, new WebhookOptions().Shards)));
        await Eventually.Value(() => queue.Waits(filed.Id), waits => !waits, "nothing of the complaint waits in the crm queue", Deadline, Poll);
        var erasureSequence = (await grain.Get()).Sequence;
        Assert.DoesNotContain(receiver.For(filed.Id), a => a.Sequence == erasureSequence);
    }
}
