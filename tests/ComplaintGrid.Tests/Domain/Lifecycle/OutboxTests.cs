using System.Text.Json;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Queues;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed class OutboxTests
{
    private static readonly QueueHealthOptions Thresholds = new();
    private readonly FakeTimeProvider _time = NewTime();
    private readonly List<PendingDelivery> _entries = [];

    private Outbox Box => new(_entries);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Add_CustomerEntries_KeepOnlyTheNewestEvent()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.ToAssigned();

        foreach (var e in c.Events)
            Box.Add(DeliveryTarget.Customer, CustomerId, e);

        var entry = Assert.Single(_entries);
        Assert.Same(c.Events[^1], entry.Event);
    }

    [Fact]
    public void Add_DepartmentEntries_KeepEveryCountedEventAndTheNewest()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.ToAssigned();
        c.StartInvestigation();

        foreach (var e in c.Events)
            Box.Add(DeliveryTarget.Department, "logistics", e);

        Assert.Equal(
            [ComplaintEventKind.Filed, ComplaintEventKind.Acknowledged, ComplaintEventKind.Assessed, ComplaintEventKind.InvestigationStarted],
            _entries.Select(p => p.Event.Kind));
    }

    [Fact]
    public void Add_OneViewsEvents_LeaveOtherViewsEntriesAlone()
    {
        var c = new ComplaintDriver(_time, Filing());
        var filed = c.File()[0];
        var acknowledged = c.Acknowledge()[0];

        Box.Add(DeliveryTarget.Customer, CustomerId, filed);
        Box.Add(DeliveryTarget.Webhook, "crm/0", filed);
        Box.Add(DeliveryTarget.Customer, CustomerId, acknowledged);
        Box.Add(DeliveryTarget.Webhook, "crm/0", acknowledged);

        Assert.Equal([(DeliveryTarget.Webhook, 1L), (DeliveryTarget.Customer, 2L), (DeliveryTarget.Webhook, 2L)],
            _entries.Select(p => (p.Target, p.Event.Sequence)));
    }

    [Fact]
    public void Acknowledge_StoredSequence_RemovesThatViewsEntriesUpToIt()
    {
        var c = new ComplaintDriver(_time, Filing());
        c.File();
        c.Acknowledge();
        c.Assess();
        foreach (var e in c.Events)
        {
            Box.Add(DeliveryTarget.Webhook, "crm/0", e);
            Box.Add(DeliveryTarget.Webhook, "crm/1", e);
        }

        Box.Acknowledge(DeliveryTarget.Webhook, "crm/0", 2);

        Assert.Equal([("crm/1", 1L), ("crm/1", 2L), ("crm/0", 3L), ("crm/1", 3L)], _entries.Select(p => (p.TargetId, p.Event.Sequence)));
        var batches = Box.Batches();
        Assert.Equal([("crm/1", 3), ("crm/0", 1)], batches.Select(b => (b.TargetId, b.Events.Count)));
    }

    /// <summary>
    /// The whole protocol on plain classes: a department view applies what the outbox delivers, stores only at its
    /// checkpoints and acknowledges what it stored; then it loses everything since its last checkpoint. Redelivering the
    /// outbox brings it to exactly the view of a department that saw every event once and never lost anything.
    /// </summary>
    [Fact]
    public void Redeliver_AfterViewLostItsUncheckpointedState_ConvergesToTheViewThatLostNothing()
    {
        var reference = new DepartmentQueue("logistics", new DepartmentState());
        var stored = Copy(new DepartmentState());
        var view = new DepartmentQueue("logistics", Copy(stored));
        var complaints = Enumerable.Range(0, 4).Select(i => new ComplaintDriver(_time, Filing(key: $"key-{i}"))).ToArray();
        var outboxes = complaints.Select(_ => new List<PendingDelivery>()).ToArray();

        void Run(int i, Func<ComplaintDriver, IReadOnlyList<ComplaintEvent>> command)
        {
            var events = command(complaints[i]);
            reference.Apply(events, Now);
            var outbox = new Outbox(outboxes[i]);
            foreach (var e in events)
                outbox.Add(DeliveryTarget.Department, "logistics", e);
            Deliver(view, stored, outbox);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Run(0, c => c.File());
        Run(1, c => c.File());
        Run(0, c => c.Acknowledge());
        stored = Copy(view.State); // a checkpoint: complaint 0's filing and acknowledgement, complaint 1's filing
        Run(1, c => c.Acknowledge());
        Run(0, c => c.Assess());
        Run(2, c => c.File());
        Run(0, c => c.Route());
        Run(1, c => c.Assess());
        Run(1, c => c.Route());
        Run(3, c => c.File());
        Run(3, c => c.Acknowledge());
        Run(0, c => { c.StartInvestigation(); c.RecordInvestigation(); c.ProposeRemedy(); c.StartImplementation(); return c.Events.Skip(4).ToArray(); });
        Run(0, c => c.Resolve());
        Run(0, c => c.RecordFeedback(true));
        Run(0, c => c.Close());
        Assert.Equal(JsonOf(reference.ToView("Logistics", Thresholds, Now)), JsonOf(view.ToView("Logistics", Thresholds, Now)));

        // Lost: everything applied since the checkpoint. The outboxes still hold every event not acknowledged as stored.
        view = new DepartmentQueue("logistics", Copy(stored));
        Assert.NotEqual(JsonOf(reference.ToView("Logistics", Thresholds, Now)), JsonOf(view.ToView("Logistics", Thresholds, Now)));
        Assert.All(outboxes.Take(2), o => Assert.NotEmpty(o));

        foreach (var entries in outboxes)
            Deliver(view, stored, new Outbox(entries));

        Assert.Equal(JsonOf(reference.ToView("Logistics", Thresholds, Now)), JsonOf(view.ToView("Logistics", Thresholds, Now)));
        Assert.Equal(reference.OpenByUrgency(), view.OpenByUrgency());
        Assert.Equal(reference.State.LastSequence.OrderBy(p => p.Key), view.State.LastSequence.OrderBy(p => p.Key));
    }

    /// <summary>Delivers each batch, then acknowledges what the view's last checkpoint holds, as the complaint grain does.</summary>
    private void Deliver(DepartmentQueue view, DepartmentState stored, Outbox outbox)
    {
        foreach (var batch in outbox.Batches())
        {
            view.Apply(batch.Events, Now);
            outbox.Acknowledge(batch.Target, batch.TargetId, stored.LastSequence.GetValueOrDefault(batch.Events[0].ComplaintId));
        }
    }

    private static DepartmentState Copy(DepartmentState state) => JsonSerializer.Deserialize<DepartmentState>(JsonSerializer.Serialize(state))!;

    private static string JsonOf(DepartmentView view) => JsonSerializer.Serialize(view);
}
