using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    [Fact]
    public void RecordFeedback_Satisfied_StaysResolvedUntilClosed()
    {
        var d = Driver();
        d.ToResolved();

        var events = d.RecordFeedback(satisfied: true);

        var feedback = Assert.Single(events);
        Assert.Equal(ComplaintEventKind.FeedbackRecorded, feedback.Kind);
        Assert.True(feedback.Summary.Satisfied);
        Assert.Equal(ComplaintStatus.Resolved, d.State.Status);
        Assert.Equal(0, d.State.ReopenCount);
        Assert.Equal(new FeedbackRecord(true, "Thank you", d.Now), d.State.Feedback);
    }

    [Fact]
    public void RecordFeedback_NotSatisfied_ReopensWithCountAndEscalationRaised()
    {
        var d = Driver();
        d.ToResolved();
        d.Advance(TimeSpan.FromDays(1));

        var events = d.RecordFeedback(satisfied: false);

        Assert.Equal([ComplaintEventKind.FeedbackRecorded, ComplaintEventKind.Reopened], events.Select(e => e.Kind));
        Assert.Equal(ComplaintStatus.Reopened, d.State.Status);
        Assert.Equal(1, d.State.ReopenCount);
        Assert.Equal(EscalationLevel.AtRisk, d.State.EscalationLevel);
        var record = Assert.Single(d.State.Escalations);
        Assert.Equal(new EscalationRecord(null, EscalationLevel.AtRisk, d.Now, "logistics", Investigator), record);
        Assert.False(d.State.Feedback!.Satisfied);
        Assert.Equal(1, events[^1].Summary.ReopenCount);
        Assert.True(d.State.Timeline[^1].CustomerFacing);
    }

    [Fact]
    public void RecordFeedback_NotSatisfied_ResolutionClockContinuesFromWhereItStopped()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(2));
        d.ToResolvedFromFiled();
        var elapsedAtResolve = d.State.Resolution.ElapsedAt(d.Now);
        Assert.Equal(TimeSpan.FromHours(2), elapsedAtResolve);
        Assert.True(d.State.Resolution.Met);

        d.Advance(TimeSpan.FromDays(2)).RecordFeedback(satisfied: false);
        Assert.Equal(ClockState.Running, d.State.Resolution.State);
        Assert.Null(d.State.Resolution.Met);
        Assert.Equal(elapsedAtResolve, d.State.Resolution.ElapsedAt(d.Now));
        Assert.Equal(ClockState.Running, d.State.CustomerUpdate.State);
        Assert.Equal(TimeSpan.Zero, d.State.CustomerUpdate.ElapsedAt(d.Now));

        d.Advance(TimeSpan.FromHours(3));

        Assert.Equal(elapsedAtResolve + TimeSpan.FromHours(3), d.State.Resolution.ElapsedAt(d.Now));
    }

    [Fact]
    public void Route_Reopened_SameDepartmentIsRoutedAndKeepsOwner()
    {
        var d = Driver();
        d.ToResolved();
        d.RecordFeedback(satisfied: false);

        var routed = Assert.Single(d.Route());

        Assert.Equal(ComplaintEventKind.Routed, routed.Kind);
        Assert.Null(routed.PreviousDepartmentId);
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Equal("logistics", d.State.DepartmentId);
        Assert.Equal(Investigator, d.State.OwnerAgentId);
        Assert.Equal(0, d.State.HandOffCount);
    }

    [Fact]
    public void Route_ReopenedToOtherDepartment_IsHandOff()
    {
        var d = Driver();
        d.ToResolved();
        d.RecordFeedback(satisfied: false);

        var handedOff = Assert.Single(d.Route("finance"));

        Assert.Equal(ComplaintEventKind.HandedOff, handedOff.Kind);
        Assert.Equal("logistics", handedOff.PreviousDepartmentId);
        Assert.Equal("finance", handedOff.Summary.DepartmentId);
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Equal(1, d.State.HandOffCount);
        Assert.Null(d.State.OwnerAgentId);
    }

    [Fact]
    public void RecordFeedback_SecondReopen_CountsTwoAndRaisesEscalationAgain()
    {
        var d = Driver();
        d.ToResolved();
        d.RecordFeedback(satisfied: false);
        d.Route();
        d.StartInvestigation();
        d.ProposeRemedy();
        d.StartImplementation();
        d.Resolve();

        d.RecordFeedback(satisfied: false);

        Assert.Equal(2, d.State.ReopenCount);
        Assert.Equal(EscalationLevel.Breached, d.State.EscalationLevel);
        Assert.Equal([EscalationLevel.AtRisk, EscalationLevel.Breached], d.State.Escalations.Select(e => e.Level));
    }

    [Fact]
    public void RecordFeedback_NotSatisfiedAtLevel4_StaysAtLevel4()
    {
        var d = Driver();
        d.ToResolved();
        for (var i = 0; i < 4; i++)
            d.RequestEscalation();
        Assert.Equal(EscalationLevel.Level4, d.State.EscalationLevel);

        d.RecordFeedback(satisfied: false);

        Assert.Equal(EscalationLevel.Level4, d.State.EscalationLevel);
        Assert.Equal(EscalationLevel.Level4, d.State.Escalations[^1].Level);
    }

    [Fact]
    public void Resolve_AfterReopen_StopsResolutionClockWithTotalElapsed()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromDays(3));
        d.ToResolvedFromFiled();
        d.Advance(TimeSpan.FromDays(1)).RecordFeedback(satisfied: false);
        d.Route();
        d.StartInvestigation();
        d.ProposeRemedy();
        d.StartImplementation();
        d.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        d.Resolve();

        Assert.Equal(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1), d.State.Resolution.ElapsedAt(d.Now));
        Assert.False(d.State.Resolution.Met);
        Assert.False(d.Events[^1].Summary.ResolutionMet);
    }
}
