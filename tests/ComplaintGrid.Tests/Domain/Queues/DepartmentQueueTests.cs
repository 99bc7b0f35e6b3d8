using System.Text.Json;
using ComplaintGrid.Domain.Queues;

namespace ComplaintGrid.Tests.Domain.Queues;

/// <summary>Applying events and the open queue; the measures are in <see cref="DepartmentQueueMeasuresTests"/>.</summary>
public sealed class DepartmentQueueTests
{
    private readonly QueueHarness _q = new();

    [Fact]
    public void Apply_SameEventsAgain_ReturnsFalseAndChangesNothing()
    {
        var c = _q.Complaint();
        c.File();
        c.Acknowledge();
        Assert.True(_q.Logistics.Apply(c.Events, _q.Now));
        var before = JsonSerializer.Serialize(_q.Logistics.State);
        _q.Advance(TimeSpan.FromMinutes(5));

        Assert.False(_q.Logistics.Apply(c.Events, _q.Now));
        Assert.False(_q.Logistics.Apply([c.Events[0]], _q.Now));

        Assert.Equal(before, JsonSerializer.Serialize(_q.Logistics.State));
        Assert.Equal(2, _q.Logistics.State.LastSequence[c.Id]);
    }

    [Fact]
    public void OpenByStatus_KeptAsEventsApply_EqualsACountOfTheQueue()
    {
        var a = _q.Filed();
        _q.Logistics.OpenByStatus(); // counting starts here, then follows every event
        var b = _q.Filed();
        _q.Filed();
        _q.Step(a, c => { c.Acknowledge(); c.Assess(); c.Route(); });
        _q.Step(b, c => { c.Acknowledge(); c.Assess(); c.Route(); c.HandOff("finance"); });
        _q.Step(a, c => { c.StartInvestigation(); c.RecordInvestigation(); c.ProposeRemedy(); c.StartImplementation(); c.Resolve(); c.RecordFeedback(true); c.Close(); });

        foreach (var queue in new[] { _q.Logistics, _q.Finance })
        {
            var counted = queue.OpenByUrgency().GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(counted.OrderBy(p => p.Key), queue.OpenByStatus().OrderBy(p => p.Key));
        }
        Assert.Equal(new Dictionary<ComplaintStatus, int> { [ComplaintStatus.Received] = 1 }, _q.Logistics.OpenByStatus());
    }

    [Fact]
    public void Apply_OlderEventAfterNewer_IsIgnored()
    {
        var c = _q.Complaint();
        var filed = c.File();
        var acknowledged = c.Acknowledge();
        _q.Logistics.Apply(acknowledged, _q.Now);

        Assert.False(_q.Logistics.Apply(filed, _q.Now));

        Assert.Equal(ComplaintStatus.Acknowledged, Assert.Single(_q.Logistics.OpenByUrgency()).Status);
    }

    [Fact]
    public void Apply_ComplaintGoneForLongerThanDedupeMemory_IsForgotten()
    {
        var closed = _q.Step(_q.Filed(), c =>
        {
            c.Acknowledge();
            c.Assess(upheld: false);
            c.Close();
        });
        var open = _q.Filed();
        Assert.Contains(closed.Id, _q.Logistics.State.LastSequence.Keys);

        _q.Advance(DepartmentQueue.DedupeMemory + TimeSpan.FromMinutes(2));
        _q.Filed();

        Assert.DoesNotContain(closed.Id, _q.Logistics.State.LastSequence.Keys);
        Assert.Contains(open.Id, _q.Logistics.State.LastSequence.Keys);
        Assert.Equal(2, _q.LogisticsView.Open);
    }

    [Fact]
    public void Release_ClosedComplaint_IsForgottenAndOpenOnesStay()
    {
        var closed = _q.Step(_q.Filed(), c =>
        {
            c.Acknowledge();
            c.Assess(upheld: false);
            c.Close();
        });
        var open = _q.Filed();

        Assert.True(_q.Logistics.Release(closed.Id, closed.Events[^1].Sequence));
        Assert.False(_q.Logistics.Release(open.Id, open.Events[^1].Sequence));

        Assert.DoesNotContain(closed.Id, _q.Logistics.State.LastSequence.Keys);
        Assert.DoesNotContain(closed.Id, _q.Logistics.State.Departed.Keys);
        Assert.Contains(open.Id, _q.Logistics.State.LastSequence.Keys);
        Assert.Equal(1, _q.LogisticsView.Open);
    }

    [Fact]
    public void Release_ThroughAnOlderSequenceThanApplied_KeepsTheComplaint()
    {
        var closed = _q.Step(_q.Filed(), c =>
        {
            c.Acknowledge();
            c.Assess(upheld: false);
            c.Close();
        });

        // The complaint released less than the view holds: a later event of it may still be redelivered.
        Assert.False(_q.Logistics.Release(closed.Id, closed.Events[^1].Sequence - 1));

        Assert.Equal(closed.Events[^1].Sequence, _q.Logistics.State.LastSequence[closed.Id]);
    }

    [Fact]
    public void Release_HandedOffComplaint_ForgottenWhereItLeftAndKeptWhereItIs()
    {
        var moved = _q.Step(_q.Filed(), c =>
        {
            c.Acknowledge();
            c.Assess();
            c.Route();
            c.HandOff("finance");
        });
        var sequence = moved.Events[^1].Sequence;

        Assert.True(_q.Logistics.Release(moved.Id, sequence));
        Assert.False(_q.Finance.Release(moved.Id, sequence));

        Assert.DoesNotContain(moved.Id, _q.Logistics.State.LastSequence.Keys);
        Assert.Equal(sequence, _q.Finance.State.LastSequence[moved.Id]);
        Assert.Equal(1, _q.FinanceView.Open);
        Assert.Equal(1, _q.LogisticsView.HandOffsOut);
    }

    [Fact]
    public void Release_ThenHandedBack_TheNewerEventsApplyAsNew()
    {
        var c = _q.Step(_q.Filed(), d =>
        {
            d.Acknowledge();
            d.Assess();
            d.Route();
            d.HandOff("finance");
        });
        Assert.True(_q.Logistics.Release(c.Id, c.Events[^1].Sequence));

        // Only events after the released sequence are left to deliver: they apply, and the complaint is back.
        var back = c.HandOff("logistics");
        _q.Logistics.Apply(back, _q.Now);

        Assert.Equal(back[^1].Sequence, _q.Logistics.State.LastSequence[c.Id]);
        Assert.Equal(1, _q.LogisticsView.Open);
        Assert.Equal(1, _q.LogisticsView.HandOffsIn);
    }

    [Fact]
    public void Apply_RedeliveredFiled_CountsNewOnce()
    {
        _q.Filed();
        _q.Deliver();
        _q.Deliver();

        Assert.Equal(1, _q.LogisticsView.NewLast15Minutes);
        Assert.Equal(1, _q.LogisticsView.Open);
    }

    [Fact]
    public void ToView_OpenComplaints_CountedByStatusAndSeverity()
    {
        _q.Filed(Severity.Medium);
        _q.Step(_q.Filed(Severity.High), c => c.Acknowledge());
        _q.Step(_q.Complaint(Severity.Low), c => c.ToAssigned());
        _q.Step(_q.Filed(Severity.Critical), c =>
        {
            c.Acknowledge();
            c.Assess(upheld: false);
            c.Close();
        });

        var view = _q.LogisticsView;

        Assert.Equal(3, view.Open);
        Assert.Equal(
            new Dictionary<ComplaintStatus, int> { [ComplaintStatus.Received] = 1, [ComplaintStatus.Acknowledged] = 1, [ComplaintStatus.Assigned] = 1 },
            view.OpenByStatus);
        Assert.Equal(
            new Dictionary<Severity, int> { [Severity.Low] = 1, [Severity.Medium] = 1, [Severity.High] = 1 },
            view.OpenBySeverity);
        Assert.Equal(0, _q.FinanceView.Open);
    }

    [Fact]
    public void Apply_ComplaintClosed_LeavesQueue()
    {
        var c = _q.Complaint();
        _q.Step(c, d => d.ToResolved());
        Assert.Equal(1, _q.LogisticsView.Open);

        _q.Step(c, d =>
        {
            d.RecordFeedback(satisfied: true);
            d.Close();
        });

        Assert.Equal(0, _q.LogisticsView.Open);
        Assert.Empty(_q.Logistics.OpenByUrgency());
    }

    [Fact]
    public void Apply_RoutedElsewhere_MovesComplaintWithoutCountingHandOff()
    {
        _q.Step(_q.Filed(), c =>
        {
            c.Acknowledge();
            c.Assess();
            c.Route("finance");
        });

        Assert.Equal(0, _q.LogisticsView.Open);
        Assert.Equal(1, _q.FinanceView.Open);
        Assert.Equal(0, _q.LogisticsView.HandOffsOut);
        Assert.Equal(0, _q.FinanceView.HandOffsIn);
    }

    [Fact]
    public void Apply_HandOff_RemovesFromOldDepartmentAndCountsOutAndIn()
    {
        var c = _q.Step(_q.Complaint(), d => d.ToAssigned());
        Assert.Equal(1, _q.LogisticsView.Open);

        _q.Step(c, d => d.HandOff("finance"));

        var logistics = _q.LogisticsView;
        var finance = _q.FinanceView;
        Assert.Equal((0, 1, 0), (logistics.Open, logistics.HandOffsOut, logistics.HandOffsIn));
        Assert.Equal((1, 0, 1), (finance.Open, finance.HandOffsOut, finance.HandOffsIn));
        Assert.Equal(ComplaintStatus.Assigned, Assert.Single(_q.Finance.OpenByUrgency()).Status);
    }

    [Fact]
    public void Apply_HandedBackAgain_CountsPingPong()
    {
        var c = _q.Step(_q.Complaint(), d => d.ToAssigned());
        _q.Step(c, d => d.HandOff("finance"));
        _q.Step(c, d => d.HandOff("logistics"));

        var logistics = _q.LogisticsView;
        var finance = _q.FinanceView;
        Assert.Equal((1, 1, 1, 1), (logistics.Open, logistics.PingPong, logistics.HandOffsOut, logistics.HandOffsIn));
        Assert.Equal((0, 1, 1), (finance.Open, finance.HandOffsOut, finance.HandOffsIn));
    }

    [Fact]
    public void Apply_HandOffsOlderThanADay_DropOutOfCounts()
    {
        var c = _q.Step(_q.Complaint(), d => d.ToAssigned());
        _q.Step(c, d => d.HandOff("finance"));

        _q.Advance(TimeSpan.FromHours(25));

        Assert.Equal(0, _q.LogisticsView.HandOffsOut);
        Assert.Equal(0, _q.FinanceView.HandOffsIn);
        Assert.Equal(1, _q.FinanceView.Open);
    }

    [Fact]
    public void OpenByUrgency_MixedComplaints_OrdersByEscalationThenPriorityThenAge()
    {
        var oldLow = _q.Filed(Severity.Low);
        _q.Advance(TimeSpan.FromMinutes(1));
        var high = _q.Filed(Severity.High);
        var newLow = _q.Filed(Severity.Low);
        var escalated = _q.Step(_q.Filed(Severity.Low), c => c.RequestEscalation());

        Assert.Equal([escalated.Id, high.Id, oldLow.Id, newLow.Id], _q.Logistics.OpenByUrgency().Select(c => c.ComplaintId));
    }

    [Fact]
    public void ToView_Identity_CarriesIdNameAndTime()
    {
        var view = _q.LogisticsView;

        Assert.Equal("logistics", view.DepartmentId);
        Assert.Equal("Logistics", view.Name);
        Assert.Equal(_q.Now, view.ComputedAt);
        Assert.Equal(0, view.Open);
        Assert.Equal(HealthColour.Green, view.Health);
        Assert.Empty(view.HealthReasons);
    }
}
