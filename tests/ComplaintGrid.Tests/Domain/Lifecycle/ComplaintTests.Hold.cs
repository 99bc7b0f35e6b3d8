using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    [Fact]
    public void PutOnHold_Assigned_PausesEveryRunningClock()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(1));
        d.Acknowledge();
        d.Assess();
        d.Route();
        d.Advance(TimeSpan.FromHours(2));

        var held = Assert.Single(d.PutOnHold());

        Assert.Equal(ComplaintEventKind.PutOnHold, held.Kind);
        Assert.Equal(ComplaintStatus.OnHold, d.State.Status);
        Assert.Equal(ComplaintStatus.Assigned, d.State.HeldFrom);
        Assert.Equal(ComplaintStatus.Assigned, d.View.HeldFrom);
        Assert.Equal(ClockState.Stopped, d.State.FirstResponse.State);
        Assert.Equal(ClockState.Paused, d.State.CustomerUpdate.State);
        Assert.Equal(ClockState.Paused, d.State.Resolution.State);
        Assert.Equal(TimeSpan.Zero, d.State.CustomerUpdate.ElapsedAt(d.Now));
        Assert.Equal(TimeSpan.FromHours(3), d.State.Resolution.ElapsedAt(d.Now));
        Assert.Null(d.Complaint.NextEscalationAt());
        Assert.True(d.State.Timeline[^1].CustomerFacing);
    }

    [Fact]
    public void CheckDeadlines_OnHoldLongPastEveryAllowance_EscalatesNothing()
    {
        // A hold allowed to outlast every allowance, to see the clocks stay paused.
        var d = Driver(rules: RulesWithHolds(TimeSpan.FromDays(60)));
        d.ToAssigned();
        d.PutOnHold();
        var before = Snapshot(d.State);

        d.Advance(TimeSpan.FromDays(30));

        Assert.Empty(d.CheckDeadlines());
        Assert.Equal(before, Snapshot(d.State));
    }

    [Fact]
    public void Resume_AfterHold_RestoresStatusAndClocksContinueWithoutHoldTime()
    {
        var d = Driver(rules: RulesWithHolds(TimeSpan.FromDays(14)));
        d.File();
        d.Advance(TimeSpan.FromHours(1));
        d.Acknowledge();
        d.Assess();
        d.Route();
        d.Advance(TimeSpan.FromHours(2));
        d.PutOnHold();
        d.Advance(TimeSpan.FromDays(10));

        var resumed = Assert.Single(d.Resume());
        d.Advance(TimeSpan.FromHours(1));

        Assert.Equal(ComplaintEventKind.Resumed, resumed.Kind);
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Null(d.State.HeldFrom);
        Assert.Equal(ClockState.Running, d.State.Resolution.State);
        Assert.Equal(ClockState.Running, d.State.CustomerUpdate.State);
        Assert.Equal(ClockState.Stopped, d.State.FirstResponse.State);
        Assert.Equal(TimeSpan.FromHours(4), d.State.Resolution.ElapsedAt(d.Now));
        Assert.Equal(TimeSpan.FromHours(1), d.State.CustomerUpdate.ElapsedAt(d.Now));
        var resolution = d.View.Clocks.Single(c => c.Kind == ClockKind.Resolution);
        Assert.Equal(TimeSpan.FromHours(4), resolution.Elapsed);
        Assert.Equal(d.Now + TimeSpan.FromDays(5) - TimeSpan.FromHours(4), resolution.DueAt);
        Assert.Equal(d.Now + TimeSpan.FromHours(17), d.Complaint.NextEscalationAt());
    }

    [Fact]
    public void Resume_AfterHold_EscalatesOnlyOnRunningTime()
    {
        var d = Driver();
        d.ToAssigned();
        d.Advance(TimeSpan.FromHours(10));
        d.PutOnHold();
        d.Advance(TimeSpan.FromDays(3));
        d.Resume();

        d.Advance(TimeSpan.FromHours(18) - TimeSpan.FromSeconds(1));
        Assert.Empty(d.CheckDeadlines());
        d.Advance(TimeSpan.FromSeconds(1));
        var escalated = Assert.Single(d.CheckDeadlines());

        Assert.Equal(ClockKind.CustomerUpdate, escalated.Clock);
        Assert.Equal(EscalationLevel.AtRisk, escalated.Level);
    }

    [Theory]
    [InlineData(ComplaintStatus.Acknowledged)]
    [InlineData(ComplaintStatus.Investigating)]
    [InlineData(ComplaintStatus.Reopened)]
    public void Resume_FromHold_ReturnsToStatusItWasHeldFrom(ComplaintStatus heldFrom)
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        if (heldFrom == ComplaintStatus.Investigating)
        {
            d.Assess();
            d.Route();
            d.StartInvestigation();
        }
        else if (heldFrom == ComplaintStatus.Reopened)
        {
            d.Assess();
            d.Route();
            d.StartInvestigation();
            d.RecordInvestigation();
            d.ProposeRemedy();
            d.StartImplementation();
            d.Resolve();
            d.RecordFeedback(satisfied: false);
        }
        Assert.Equal(heldFrom, d.State.Status);
        d.PutOnHold();

        d.Resume();

        Assert.Equal(heldFrom, d.State.Status);
        Assert.Contains(heldFrom.ToString(), d.State.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void InformCustomer_Open_RestartsCustomerUpdateClock()
    {
        var d = Driver();
        d.ToAssigned();
        d.Advance(TimeSpan.FromHours(17));

        var informed = Assert.Single(d.InformCustomer());
        d.Advance(TimeSpan.FromHours(2));

        Assert.Equal(ComplaintEventKind.CustomerInformed, informed.Kind);
        Assert.True(d.State.Timeline[^1].CustomerFacing);
        Assert.Equal(TimeSpan.FromHours(2), d.State.CustomerUpdate.ElapsedAt(d.Now));
        Assert.Empty(d.CheckDeadlines());
    }

    [Fact]
    public void InformCustomer_Resolved_LeavesCustomerUpdateClockStopped()
    {
        var d = Driver();
        d.ToResolved();

        d.InformCustomer();

        Assert.Equal(ClockState.Stopped, d.State.CustomerUpdate.State);
        Assert.Equal(ComplaintStatus.Resolved, d.State.Status);
    }

    [Fact]
    public void InformCustomer_OnHold_StartsUpdateClockPaused()
    {
        var d = Driver();
        d.ToAssigned();
        d.PutOnHold();
        d.Advance(TimeSpan.FromHours(5));

        d.InformCustomer();

        Assert.Equal(ClockState.Paused, d.State.CustomerUpdate.State);
        Assert.Equal(ComplaintStatus.OnHold, d.State.Status);
    }

    [Fact]
    public void RequestEscalation_Open_RaisesLevelOneStepAttributedToOwner()
    {
        var d = Driver();
        d.ToAssigned();
        d.StartInvestigation();

        var requested = Assert.Single(d.RequestEscalation());
        d.RequestEscalation();

        Assert.Equal(ComplaintEventKind.EscalationRequested, requested.Kind);
        Assert.Equal(EscalationLevel.AtRisk, requested.Summary.EscalationLevel);
        Assert.Equal(EscalationLevel.Breached, d.State.EscalationLevel);
        Assert.Equal(
            [
                new EscalationRecord(null, EscalationLevel.AtRisk, d.Now, "logistics", Investigator),
                new EscalationRecord(null, EscalationLevel.Breached, d.Now, "logistics", Investigator),
            ],
            d.State.Escalations);
        Assert.Equal(CustomerId, d.State.Timeline[^1].Actor);
        Assert.Equal(0, d.State.BreachCount);
        Assert.Equal(Severity.Medium, d.State.Priority);
    }

    [Fact]
    public void RequestEscalation_Received_IsAllowed()
    {
        var d = Driver();
        d.File();

        d.RequestEscalation();

        Assert.Equal(EscalationLevel.AtRisk, d.State.EscalationLevel);
        Assert.Equal(ComplaintStatus.Received, d.State.Status);
    }
}
