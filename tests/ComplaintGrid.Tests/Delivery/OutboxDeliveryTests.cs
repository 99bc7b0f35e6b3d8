using ComplaintGrid.Delivery;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Tests.Domain;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Delivery;

/// <summary>
/// The outbox protocol of one complaint without a cluster: a real <see cref="Complaint"/> makes the events, and each
/// step runs as the complaint grain runs a command (queue, store, release, deliver) against a fake port.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private const string Home = "logistics"; // where the standard routing sends a delivery complaint
    private const string Other = "finance";

    private readonly ComplaintDriver _complaint = new(NewTime(), Filing());
    private readonly FakeViewDeliveryPort _port = new();
    private readonly OutboxDelivery _delivery;

    public OutboxDeliveryTests() => _delivery = NewDelivery();

    private OutboxDelivery NewDelivery(WebhookOptions? webhooks = null) =>
        new(_complaint.State, new WebhookRouter(webhooks ?? new WebhookOptions()), _port);

    private IReadOnlyList<PendingDelivery> Outbox => _complaint.State.Outbox;

    private long Last => _complaint.Events[^1].Sequence;

    /// <summary>One command as the grain runs it: queue its events, store them, release, then deliver.</summary>
    private async Task Step(Func<IReadOnlyList<ComplaintEvent>> command)
    {
        var events = command();
        _delivery.Enqueue(events);
        _delivery.Stored();
        await _delivery.ReleaseDepartedViews();
        await _delivery.Deliver();
    }

    private static Func<IReadOnlyList<ComplaintEvent>, Task<long>> Failing(Exception ex) => _ => Task.FromException<long>(ex);

    private static Func<IReadOnlyList<ComplaintEvent>, Task<long>> Storing(long sequence) => _ => Task.FromResult(sequence);

    [Fact]
    public void Enqueue_Filing_QueuesTheEventForTheCustomerAndTheDepartment()
    {
        _delivery.Enqueue(_complaint.File());

        Assert.Equal(
            [(DeliveryTarget.Customer, CustomerId, 1L), (DeliveryTarget.Department, Home, 1L)],
            Outbox.Select(p => (p.Target, p.TargetId, p.Event.Sequence)));
    }

    [Fact]
    public async Task Enqueue_HandOff_QueuesTheEventForTheDepartmentLeftToo()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);

        _delivery.Enqueue(_complaint.HandOff(Other));

        Assert.Equal([Other, Home], Outbox.Where(p => p.Target == DeliveryTarget.Department).Select(p => p.TargetId).Order());
    }

    [Fact]
    public void Enqueue_WithAWebhookSubscription_QueuesTheEventForItsQueue()
    {
        var delivery = NewDelivery(new WebhookOptions
        {
            Shards = 1,
            Subscriptions = [new WebhookSubscriptionOptions { Name = "crm", Url = "https://crm.example/hook", Secret = "s", Events = ["Filed"] }],
        });

        delivery.Enqueue(_complaint.File());

        var webhook = Assert.Single(Outbox, p => p.Target == DeliveryTarget.Webhook);
        Assert.Equal(WebhookShards.QueueKey("crm", 0), webhook.TargetId);
    }

    [Fact]
    public async Task Deliver_EveryViewStoresAll_OneCallPerView_OutboxEmpties_NoRetry()
    {
        await Step(_complaint.File);

        Assert.Equal([$"deliver Customer {CustomerId} 1", $"deliver Department {Home} 1"], _port.DeliveredTo);
        Assert.Empty(Outbox);
        Assert.False(_delivery.HasPending);
        Assert.Equal(0, _port.RetriesScheduled);
    }

    [Fact]
    public async Task Deliver_NothingPending_CallsNoView()
    {
        await _delivery.Deliver();

        Assert.Empty(_port.Calls);
    }

    [Fact]
    public async Task Deliver_AViewStoresOnlyPart_KeepsTheRestForIt_AndSchedulesARetry()
    {
        await Step(_complaint.File);
        _port.Views[Home] = Storing(1);

        await Step(_complaint.Acknowledge);

        Assert.Equal([(DeliveryTarget.Department, Home, 2L)], Outbox.Select(p => (p.Target, p.TargetId, p.Event.Sequence)));
        Assert.Equal(1, _port.RetriesScheduled);
        Assert.Empty(_port.DeliveryFailures);
    }

    [Fact]
    public async Task Deliver_AViewFails_ReportsIt_KeepsItsEvents_AndAcknowledgesTheOthers()
    {
        var failure = new TimeoutException("view did not answer");
        _port.Views[Home] = Failing(failure);

        await Step(_complaint.File);

        var reported = Assert.Single(_port.DeliveryFailures);
        Assert.Equal((DeliveryTarget.Department, Home, 1), (reported.Target, reported.TargetId, reported.Count));
        Assert.Same(failure, reported.Exception);
        Assert.Equal([(DeliveryTarget.Department, Home)], Outbox.Select(p => (p.Target, p.TargetId)));
        Assert.Equal(1, _port.RetriesScheduled);
    }

    [Fact]
    public async Task Deliver_AViewThrowsBeforeTheCallIsSent_CountsAsAFailedDelivery()
    {
        var failure = new InvalidOperationException("no route to the view");
        _port.Views[Home] = _ => throw failure;

        await Step(_complaint.File);

        Assert.Same(failure, Assert.Single(_port.DeliveryFailures).Exception);
        Assert.Single(Outbox, p => p.Target == DeliveryTarget.Department);
        Assert.DoesNotContain(Outbox, p => p.Target == DeliveryTarget.Customer);
    }

    [Fact]
    public async Task Deliver_Redelivery_SendsTheViewAllItStillNeeds_OldestFirst_UntilStored()
    {
        _port.Views[Home] = Failing(new TimeoutException());
        await Step(_complaint.File);
        await Step(_complaint.Acknowledge);
        _port.Views.Remove(Home);
        _port.Calls.Clear();

        await _delivery.Deliver(); // what the retry timer runs

        // Filed and acknowledged both matter to a department, so both are redelivered, in sequence order.
        Assert.Equal([$"deliver Department {Home} 1,2"], _port.DeliveredTo);
        Assert.Empty(Outbox);
        Assert.DoesNotContain("retry", _port.Calls);
    }

    [Fact]
    public async Task Activated_WithAStoredOutbox_SchedulesItsRedelivery()
    {
        _port.Views[Home] = Failing(new TimeoutException());
        await Step(_complaint.File);
        var retries = _port.RetriesScheduled;

        NewDelivery().Activated();

        Assert.Equal(retries + 1, _port.RetriesScheduled);
    }

    [Fact]
    public async Task Activated_WithNothingPending_SchedulesNothing()
    {
        await Step(_complaint.File);

        NewDelivery().Activated();

        Assert.Equal(0, _port.RetriesScheduled);
    }

    [Fact]
    public async Task Release_HandedOff_TheDepartmentLeftIsReleasedAtTheNextWrite_WithoutAWriteOfItsOwn()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        await Step(() => _complaint.HandOff(Other));
        var handOff = Last;
        Assert.Empty(_port.Releases); // still open elsewhere: released at the next write, not now

        await Step(_complaint.InformCustomer);

        Assert.Equal([(Home, handOff)], _port.Releases);
        Assert.Equal(0, _port.Stores);
    }

    [Fact]
    public async Task Release_StoredOutboxStillHoldsAStepThatMattersThere_StoresFirst_ThenReleases()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        await Step(() => _complaint.HandOff(Other));
        _port.Calls.Clear();

        // As on idle deactivation: the stored outbox still holds the hand-off for the department left.
        await _delivery.ReleaseDepartedViews();

        Assert.Equal(["store", $"release {Home} {Last}"], _port.Calls);
        Assert.False(_delivery.MustFence(activatedAroundSiloDeath: true)); // that write was this copy's
    }

    [Fact]
    public async Task Release_IsSentOnce()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        await Step(() => _complaint.HandOff(Other));
        await _delivery.ReleaseDepartedViews();

        await Step(_complaint.InformCustomer);
        await _delivery.ReleaseDepartedViews();

        Assert.Single(_port.Releases);
    }

    [Fact]
    public async Task Release_NotAllStoredByTheDepartmentLeft_NothingIsReleased()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        _port.Views[Home] = Storing(_complaint.Events[^1].Sequence); // everything but the hand-off
        await Step(() => _complaint.HandOff(Other));

        await Step(_complaint.InformCustomer);
        await _delivery.ReleaseDepartedViews();

        Assert.Empty(_port.Releases);
        Assert.Contains(Outbox, p => p.TargetId == Home);
    }

    [Fact]
    public async Task Release_HandedBackBeforeReleased_TheDepartmentKeepsItsMemory()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        await Step(() => _complaint.HandOff(Other));

        await Step(() => _complaint.HandOff(Home));
        await _delivery.ReleaseDepartedViews();

        // Only the department it left this time is released; the one it came back to still needs its memory.
        Assert.Equal([(Other, Last)], _port.Releases);
    }

    [Fact]
    public async Task Release_Closed_AllStored_ReleasesAtDelivery_WithoutAnotherCommandOrWrite()
    {
        await Step(_complaint.File);
        await Step(_complaint.Acknowledge);
        await Step(() => _complaint.Assess(upheld: false));

        await Step(() => _complaint.Close());

        Assert.Equal([(Home, Last)], _port.Releases);
        Assert.Equal(0, _port.Stores);
    }

    [Fact]
    public async Task Release_Closed_StoredOutboxStillHoldsAnEarlierStepForTheDepartment_StoresBeforeReleasing()
    {
        await Step(_complaint.File);
        _port.Views[Home] = Failing(new TimeoutException());
        await Step(_complaint.Acknowledge);
        await Step(() => _complaint.Assess(upheld: false));
        await Step(() => _complaint.Close());
        Assert.Empty(_port.Releases);
        _port.Views.Remove(Home);
        _port.Calls.Clear();

        await _delivery.Deliver(); // the retry timer: now the department stores everything

        Assert.Equal([$"deliver Department {Home} 2,3,4", "store", $"release {Home} {Last}"], _port.Calls);
    }

    [Fact]
    public async Task Release_FailsToSend_IsReported_AndTriedAgainNextTime()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        await Step(() => _complaint.HandOff(Other));
        var handOff = Last;
        var failure = new TimeoutException("department did not answer");
        _port.FailNextRelease = failure;

        await Step(_complaint.InformCustomer);

        Assert.Same(failure, Assert.Single(_port.ReleaseFailures));
        Assert.Empty(_port.Releases);

        await _delivery.ReleaseDepartedViews();

        Assert.Equal([(Home, handOff)], _port.Releases);
    }

    [Fact]
    public async Task Release_StoreFails_IsReported_NoDepartmentIsReleased_AndItIsTriedAgainNextTime()
    {
        _complaint.ToAssigned();
        await Step(() => _complaint.Events);
        await Step(() => _complaint.HandOff(Other));
        _port.Calls.Clear();
        _port.FailNextStore = new IOException("database unavailable");

        await _delivery.ReleaseDepartedViews();

        Assert.Equal(["store"], _port.Calls);
        Assert.IsType<IOException>(Assert.Single(_port.ReleaseFailures));
        Assert.Empty(_port.Releases);

        await _delivery.ReleaseDepartedViews();

        Assert.Equal(["store", "store", $"release {Home} {Last}"], _port.Calls);
    }

    [Fact]
    public void MustFence_OnlyAFiledCopyActivatedAroundASiloDeathThatHasNotWritten()
    {
        _complaint.File();
        var copy = NewDelivery();

        Assert.True(copy.MustFence(activatedAroundSiloDeath: true));
        Assert.False(copy.MustFence(activatedAroundSiloDeath: false));

        copy.Stored();

        Assert.False(copy.MustFence(activatedAroundSiloDeath: true));
    }

    [Fact]
    public void MustFence_NeverFiled_NoFence()
    {
        Assert.False(_delivery.MustFence(activatedAroundSiloDeath: true));
    }

    [Fact]
    public async Task Fence_ConcurrentReads_ShareOneWrite()
    {
        var write = new TaskCompletionSource();
        _port.FenceWrite = () => write.Task;

        var first = _delivery.Fence();
        var second = _delivery.Fence();
        Assert.False(first.IsCompleted);
        write.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(1, _port.Fences);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task Fence_WriteRefused_EveryWaitingReadIsRefused()
    {
        var refused = new InvalidOperationException("an older copy stored first");
        _port.FenceWrite = () => Task.FromException(refused);

        var first = _delivery.Fence();
        var second = _delivery.Fence();

        Assert.Same(refused, await Assert.ThrowsAsync<InvalidOperationException>(() => first));
        Assert.Same(refused, await Assert.ThrowsAsync<InvalidOperationException>(() => second));
        Assert.Equal(1, _port.Fences);
    }
}
