using System.Text.Json;
using ComplaintGrid.Delivery;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Tests.Domain;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Delivery;

/// <summary>
/// The outbox protocol against real department queues: each view applies what it is sent and stores it at once, and
/// a release reaches it. After a department forgets a complaint, the complaint's next activation redelivers its
/// stored outbox; whatever that holds must leave the department's view and memory as they were.
/// </summary>
public sealed class ForgettingAfterReleaseTests
{
    private const string Home = "logistics"; // where the standard routing sends a delivery complaint
    private const string Other = "finance";

    private readonly ComplaintDriver _complaint = new(NewTime(), Filing());
    private readonly FakeViewDeliveryPort _port = new();
    private readonly Dictionary<string, DepartmentQueue> _queues = new(StringComparer.Ordinal)
    {
        [Home] = new DepartmentQueue(Home, new DepartmentState()),
        [Other] = new DepartmentQueue(Other, new DepartmentState()),
    };
    private OutboxDelivery _delivery;
    private List<PendingDelivery> _storedOutbox = [];
    private int _releasesSeen;
    private int _storesSeen;

    public ForgettingAfterReleaseTests()
    {
        foreach (var (id, queue) in _queues)
            _port.Views[id] = events => Task.FromResult(Apply(queue, events));
        _delivery = NewDelivery();
    }

    private OutboxDelivery NewDelivery() => new(_complaint.State, new WebhookRouter(new WebhookOptions()), _port);

    private DateTimeOffset Now => _complaint.Time.GetUtcNow();

    private long Apply(DepartmentQueue queue, IReadOnlyList<ComplaintEvent> events)
    {
        queue.Apply(events, Now);
        return queue.Held(events[0].ComplaintId, events);
    }

    /// <summary>One command as the grain runs it (queue, store, release, deliver); releases reach the departments.</summary>
    private async Task Step(Func<IReadOnlyList<ComplaintEvent>> command)
    {
        _delivery.Enqueue(command());
        Store();
        await _delivery.ReleaseDepartedViews();
        await _delivery.Deliver();
        ReleaseReached();
    }

    private void Store()
    {
        _storedOutbox = [.. _complaint.State.Outbox];
        _delivery.Stored();
    }

    private void ReleaseReached()
    {
        // A store the protocol made before releasing is part of what storage holds.
        if (_port.Stores > _storesSeen)
            _storedOutbox = [.. _complaint.State.Outbox];
        _storesSeen = _port.Stores;
        foreach (var (departmentId, sequence) in _port.Releases.Skip(_releasesSeen))
            _queues[departmentId].Release(_complaint.Id, sequence);
        _releasesSeen = _port.Releases.Count;
    }

    /// <summary>The complaint's activation is lost and a new one starts from what storage holds, then redelivers it.</summary>
    private async Task ReactivateAndRedeliver()
    {
        _complaint.State.Outbox.Clear();
        _complaint.State.Outbox.AddRange(_storedOutbox);
        _delivery = NewDelivery();
        _delivery.Activated();
        await _delivery.Deliver();
        ReleaseReached();
    }

    private string ViewOf(string departmentId) =>
        JsonSerializer.Serialize(_queues[departmentId].ToView(departmentId, new QueueHealthOptions(), Now));

    private bool Remembers(string departmentId) =>
        _queues[departmentId].State.LastSequence.ContainsKey(_complaint.Id)
        || _queues[departmentId].State.Departed.ContainsKey(_complaint.Id);

    [Fact]
    public async Task Closed_ForgottenAtOnce_ItsStoredCloseRedelivered_ChangesNothing_AndLeavesTheOutbox()
    {
        await Step(_complaint.File);
        await Step(_complaint.Acknowledge);
        await Step(() => _complaint.Assess(upheld: false));
        await Step(() => _complaint.Close());
        Assert.False(Remembers(Home), "the department still remembers the closed complaint after its release");
        Assert.Contains(_storedOutbox, p => p.Target == DeliveryTarget.Department && p.Event.Kind == ComplaintEventKind.Closed);
        var before = ViewOf(Home);

        await ReactivateAndRedeliver();

        Assert.Equal(before, ViewOf(Home));
        Assert.False(Remembers(Home), "the redelivered close made the department remember the complaint again");
        Assert.DoesNotContain(_complaint.State.Outbox, p => p.Target == DeliveryTarget.Department);
    }

    [Fact]
    public async Task Closed_DepartmentStoredLate_StoresBeforeRelease_ThenARedeliveryCountsNothingTwice()
    {
        await Step(_complaint.File);
        _port.Views[Home] = _ => Task.FromException<long>(new TimeoutException());
        await Step(_complaint.Acknowledge);
        await Step(() => _complaint.Assess(upheld: false));
        await Step(() => _complaint.Close());
        Assert.True(Remembers(Home));
        _port.Views[Home] = events => Task.FromResult(Apply(_queues[Home], events));

        await _delivery.Deliver(); // the retry: the department now applies the acknowledgement and the close
        ReleaseReached();
        Assert.False(Remembers(Home));
        Assert.Equal(1, _port.Stores);
        var before = ViewOf(Home);

        await ReactivateAndRedeliver();

        Assert.Equal(before, ViewOf(Home));
        Assert.False(Remembers(Home));
    }

    [Fact]
    public async Task HandedOff_TheDepartmentLeftForgets_ARedeliveryAfterItCountsTheHandOffOnce()
    {
        await Step(_complaint.File);
        await Step(_complaint.Acknowledge);
        await Step(() => _complaint.Assess());
        await Step(() => _complaint.Route());
        await Step(() => _complaint.HandOff(Other));
        await Step(() => _complaint.StartInvestigation()); // the next write stores an outbox with nothing for logistics
        Assert.False(Remembers(Home), "the department left still remembers the complaint after the next write");
        Assert.True(Remembers(Other));
        var before = ViewOf(Home);

        await ReactivateAndRedeliver();

        Assert.Equal(before, ViewOf(Home));
        Assert.Equal(1, _queues[Home].ToView(Home, new QueueHealthOptions(), Now).HandOffsOut);
        Assert.False(Remembers(Home));
    }

    [Fact]
    public async Task HandedOff_ActivationLostBeforeTheRelease_ARedeliveryIsRecognisedByWhatTheDepartmentStillHolds()
    {
        await Step(_complaint.File);
        await Step(_complaint.Acknowledge);
        await Step(() => _complaint.Assess());
        await Step(() => _complaint.Route());
        await Step(() => _complaint.HandOff(Other));
        Assert.True(Remembers(Home)); // released at the next write, which never comes on this activation

        await ReactivateAndRedeliver();

        Assert.Equal(1, _queues[Home].ToView(Home, new QueueHealthOptions(), Now).HandOffsOut);
        Assert.True(Remembers(Home));
    }
}
