using ComplaintGrid.Domain.Lifecycle;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    [Fact]
    public void Lifecycle_HappyPath_MovesThroughEveryStatusToClosedResolved()
    {
        var d = Driver();

        d.File();
        Assert.Equal(ComplaintStatus.Received, d.State.Status);
        d.Advance(TimeSpan.FromMinutes(30)).Acknowledge();
        Assert.Equal(ComplaintStatus.Acknowledged, d.State.Status);
        d.Advance(TimeSpan.FromMinutes(10)).Assess();
        Assert.Equal(ComplaintStatus.Assessed, d.State.Status);
        d.Advance(TimeSpan.FromMinutes(5)).Route();
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Equal("logistics", d.State.DepartmentId);
        d.Advance(TimeSpan.FromHours(1)).StartInvestigation();
        Assert.Equal(ComplaintStatus.Investigating, d.State.Status);
        Assert.Equal(Investigator, d.State.OwnerAgentId);
        d.Advance(TimeSpan.FromHours(2)).RecordInvestigation();
        Assert.Equal(ComplaintStatus.Investigating, d.State.Status);
        d.Advance(TimeSpan.FromHours(1)).ProposeRemedy();
        Assert.Equal(ComplaintStatus.RemedyProposed, d.State.Status);
        d.Advance(TimeSpan.FromMinutes(15)).StartImplementation();
        Assert.Equal(ComplaintStatus.Implementing, d.State.Status);
        d.Advance(TimeSpan.FromHours(1)).Resolve();
        Assert.Equal(ComplaintStatus.Resolved, d.State.Status);
        d.Advance(TimeSpan.FromHours(3)).RecordFeedback(satisfied: true);
        Assert.Equal(ComplaintStatus.Resolved, d.State.Status);
        d.Advance(TimeSpan.FromMinutes(20)).Close();

        Assert.Equal(ComplaintStatus.Closed, d.State.Status);
        Assert.Equal(CloseOutcome.Resolved, d.State.Outcome);
        Assert.Equal(
            [
                ComplaintEventKind.Filed, ComplaintEventKind.Acknowledged, ComplaintEventKind.Assessed, ComplaintEventKind.Routed,
                ComplaintEventKind.InvestigationStarted, ComplaintEventKind.InvestigationRecorded, ComplaintEventKind.RemedyProposed,
                ComplaintEventKind.ImplementationStarted, ComplaintEventKind.Resolved, ComplaintEventKind.FeedbackRecorded, ComplaintEventKind.Closed,
            ],
            d.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Lifecycle_HappyPath_NumbersEventsAndTimelineOneToNWithoutGaps()
    {
        var d = Driver();
        d.ToResolved();
        d.RecordFeedback(satisfied: true);
        d.Close();

        var expected = Enumerable.Range(1, d.Events.Count).Select(i => (long)i).ToArray();
        Assert.Equal(expected, d.Events.Select(e => e.Sequence));
        Assert.Equal(expected, d.State.Timeline.Select(t => t.Sequence));
        Assert.Equal(d.Events.Count, d.State.Sequence);
        Assert.Equal(d.Events.Select(e => e.Kind), d.State.Timeline.Select(t => t.Kind));
        Assert.All(d.Events, e => Assert.Equal(d.Id, e.ComplaintId));
        Assert.Equal(d.State.Timeline, d.View.Timeline);
        Assert.Equal(d.State.Sequence, d.View.Sequence);
    }

    [Fact]
    public void Lifecycle_HappyPath_TimelineRecordsWhoWhenAndCustomerFacingSteps()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromMinutes(30)).Acknowledge();
        var acknowledgedAt = d.Now;
        d.Assess();
        d.Route();
        d.StartInvestigation();
        d.RecordInvestigation();
        d.ProposeRemedy();
        d.StartImplementation();
        d.Advance(TimeSpan.FromHours(1)).Resolve();
        d.RecordFeedback(satisfied: true);
        d.Close();

        var timeline = d.State.Timeline;
        var acknowledged = Assert.Single(timeline, t => t.Kind == ComplaintEventKind.Acknowledged);
        Assert.Equal(Agent, acknowledged.Actor);
        Assert.Equal(acknowledgedAt, acknowledged.At);
        Assert.Equal(Acknowledgement().Message, acknowledged.Detail);
        Assert.Equal("lead-1", Assert.Single(timeline, t => t.Kind == ComplaintEventKind.InvestigationStarted).Actor);
        Assert.Equal(Complaint.CustomerActor, Assert.Single(timeline, t => t.Kind == ComplaintEventKind.FeedbackRecorded).Actor);
        Assert.Equal(
            [ComplaintEventKind.Acknowledged, ComplaintEventKind.Resolved],
            timeline.Where(t => t.CustomerFacing).Select(t => t.Kind));
        Assert.All(d.Events, e => Assert.Equal(timeline.Single(t => t.Sequence == e.Sequence).At, e.At));
    }

    [Fact]
    public void Lifecycle_HappyPath_RecordsEveryStepsFactsAndMeetsEveryClock()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromMinutes(30)).Acknowledge();
        var acknowledgedAt = d.Now;
        d.Assess();
        d.Route();
        d.StartInvestigation();
        d.RecordInvestigation();
        d.ProposeRemedy();
        d.StartImplementation();
        d.Advance(TimeSpan.FromHours(1)).Resolve();
        var resolvedAt = d.Now;
        d.RecordFeedback(satisfied: true);
        d.Advance(TimeSpan.FromMinutes(5)).Close();

        var view = d.View;
        Assert.Equal(acknowledgedAt, d.State.AcknowledgedAt);
        Assert.Equal(resolvedAt, d.State.ResolvedAt);
        Assert.Equal(d.Now, d.State.ClosedAt);
        Assert.True(view.Classification!.Upheld);
        Assert.Equal(Findings().RootCause, view.Investigation!.RootCause);
        Assert.Equal(Investigator, view.Remedy!.ProposedBy);
        Assert.False(view.Remedy.RequiresApproval);
        Assert.Null(view.Approval);
        Assert.True(view.Feedback!.Satisfied);
        Assert.Equal(new EvaluationRecord(Closing().Lessons, Closing().PreventionAction, null, Investigator, d.Now), view.Evaluation);
        Assert.All(view.Clocks, c => Assert.Equal(ClockState.Stopped, c.State));
        Assert.All(view.Clocks, c => Assert.True(c.Met));
        Assert.Null(view.NextEscalationAt);
        Assert.Equal(EscalationLevel.None, view.EscalationLevel);
        Assert.Empty(view.Escalations);
        var summary = d.Events[^1].Summary;
        Assert.False(summary.IsOpen);
        Assert.True(summary.FirstResponseMet);
        Assert.True(summary.ResolutionMet);
        Assert.True(summary.Satisfied);
        Assert.Equal(CloseOutcome.Resolved, summary.Outcome);
    }

    [Fact]
    public void Acknowledge_Received_StopsFirstResponseAndStartsCustomerUpdateClock()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(1));

        var events = d.Acknowledge();

        Assert.Equal(ComplaintEventKind.Acknowledged, Assert.Single(events).Kind);
        Assert.True(d.State.FirstResponse.Met);
        Assert.Equal(ClockState.Stopped, d.State.FirstResponse.State);
        Assert.Equal(ClockState.Running, d.State.CustomerUpdate.State);
        Assert.Equal(TimeSpan.Zero, d.State.CustomerUpdate.ElapsedAt(d.Now));
        Assert.Equal(TimeSpan.FromHours(1), d.State.Resolution.ElapsedAt(d.Now));
        Assert.True(Assert.Single(events).Summary.FirstResponseMet);
    }

    [Fact]
    public void Assess_Upheld_RecordsClassificationWithoutCustomerMessage()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();

        var assessed = Assert.Single(d.Assess(type: ComplaintType.Venting));

        var classification = d.State.Classification!;
        Assert.True(classification.Upheld);
        Assert.Equal(ComplaintType.Venting, classification.Type);
        Assert.Equal(Cause.System, classification.Cause);
        Assert.Equal("A refund", classification.OvertWants);
        Assert.Equal([UnderlyingWant.ToBeHeard], classification.UnderlyingWants);
        Assert.Null(classification.Explanation);
        Assert.Equal(ComplaintType.Venting, assessed.Summary.Type);
        Assert.False(d.State.Timeline[^1].CustomerFacing);
    }

    [Fact]
    public void Assess_NotUpheldWithExplanation_IsCustomerFacingAndRestartsUpdateClock()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Advance(TimeSpan.FromHours(5));

        d.Assess(upheld: false);

        Assert.Equal(ComplaintStatus.Assessed, d.State.Status);
        Assert.False(d.State.Classification!.Upheld);
        Assert.Equal(NotUpheld().Explanation, d.State.Classification.Explanation);
        Assert.True(d.State.Timeline[^1].CustomerFacing);
        Assert.Contains(NotUpheld().Explanation!, d.State.Timeline[^1].Detail, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, d.State.CustomerUpdate.ElapsedAt(d.Now));
    }

    [Fact]
    public void Close_NotUpheld_ClosesWithExplanationAndNoEvaluationRequired()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Assess(upheld: false);
        d.Advance(TimeSpan.FromMinutes(10));

        var closed = Assert.Single(d.Do((c, now) => c.Close(Closing(lessons: null, prevention: null), now)));

        Assert.Equal(ComplaintEventKind.Closed, closed.Kind);
        Assert.Equal(ComplaintStatus.Closed, d.State.Status);
        Assert.Equal(CloseOutcome.NotUpheld, d.State.Outcome);
        Assert.Equal(CloseOutcome.NotUpheld, closed.Summary.Outcome);
        Assert.Equal(d.Now, d.State.ClosedAt);
        Assert.Null(d.State.ResolvedAt);
        Assert.True(d.State.Timeline[^1].CustomerFacing);
        Assert.Contains(NotUpheld().Explanation!, d.State.Timeline[^1].Detail, StringComparison.Ordinal);
        Assert.All(d.State.Clocks, c => Assert.False(c.IsRunning));
        Assert.Null(d.Complaint.NextEscalationAt());
        Assert.Equal([1L, 2, 3, 4], d.Events.Select(e => e.Sequence));
    }

    [Fact]
    public void Close_Closed_CheckDeadlinesLaterEscalatesNothing()
    {
        var d = Driver();
        d.File();
        d.Acknowledge();
        d.Assess(upheld: false);
        d.Close();
        var before = Snapshot(d.State);

        d.Advance(TimeSpan.FromDays(60));

        Assert.Empty(d.CheckDeadlines());
        Assert.Equal(before, Snapshot(d.State));
    }
}
