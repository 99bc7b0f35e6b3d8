using ComplaintGrid.Domain.Queues;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Queues;

/// <summary>
/// Two department queues fed by real complaints on one fake clock. Each step delivers the complaint's new
/// events to both queues at once, as the complaint's outbox would; redeliveries are part of every call.
/// </summary>
internal sealed class QueueHarness
{
    private static readonly QueueHealthOptions Thresholds = new();
    private readonly List<ComplaintDriver> _complaints = [];

    public FakeTimeProvider Time { get; } = NewTime();

    public DepartmentQueue Logistics { get; } = new("logistics", new DepartmentState());

    public DepartmentQueue Finance { get; } = new("finance", new DepartmentState());

    public DateTimeOffset Now => Time.GetUtcNow();

    public DepartmentView LogisticsView => Logistics.ToView("Logistics", Thresholds, Now);

    public DepartmentView FinanceView => Finance.ToView("Finance", Thresholds, Now);

    public void Advance(TimeSpan by) => Time.Advance(by);

    /// <summary>A new Delivery complaint (handled by logistics), not yet filed.</summary>
    public ComplaintDriver Complaint(Severity severity = Severity.Medium)
    {
        var d = new ComplaintDriver(Time, Filing(key: $"key-{_complaints.Count + 1}", severity: severity));
        _complaints.Add(d);
        return d;
    }

    /// <summary>Runs <paramref name="step"/> on <paramref name="complaint"/> and delivers at once.</summary>
    public ComplaintDriver Step(ComplaintDriver complaint, Action<ComplaintDriver> step)
    {
        step(complaint);
        Deliver();
        return complaint;
    }

    /// <summary>Files a new complaint and delivers its event.</summary>
    public ComplaintDriver Filed(Severity severity = Severity.Medium) => Step(Complaint(severity), c => c.File());

    /// <summary>Sends every event so far to both queues; those already applied are redeliveries.</summary>
    public void Deliver()
    {
        foreach (var d in _complaints)
        {
            Logistics.Apply(d.Events, Now);
            Finance.Apply(d.Events, Now);
        }
    }
}
