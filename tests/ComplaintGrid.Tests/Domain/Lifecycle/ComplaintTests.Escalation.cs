using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    /// <summary>Medium: first response 4 h, so the ladder points are 3 h, 4 h, 6 h and 8 h.</summary>
    [Fact]
    public void CheckDeadlines_FirstResponseLadder_OneEscalatedEventPerLevel()
    {
        var d = Driver();
        d.File();

        d.Advance(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1));
        Assert.Empty(d.CheckDeadlines());

        var expected = new (TimeSpan At, EscalationLevel Level, Severity Priority, int Breaches)[]
        {
            (TimeSpan.FromHours(3), EscalationLevel.AtRisk, Severity.Medium, 0),
            (TimeSpan.FromHours(4), EscalationLevel.Breached, Severity.High, 1),
            (TimeSpan.FromHours(6), EscalationLevel.Level3, Severity.High, 1),
            (TimeSpan.FromHours(8), EscalationLevel.Level4, Severity.High, 1),
        };
        foreach (var (at, level, priority, breaches) in expected)
        {
            d.Advance(Start + at - TimeSpan.FromSeconds(1) - d.Now);
            Assert.Empty(d.CheckDeadlines());
            d.Advance(TimeSpan.FromSeconds(1));

            var escalated = Assert.Single(d.CheckDeadlines());

            Assert.Equal(ComplaintEventKind.Escalated, escalated.Kind);
            Assert.Equal(ClockKind.FirstResponse, escalated.Clock);
            Assert.Equal(level, escalated.Level);
            Assert.Equal(d.Now, escalated.At);
            Assert.Equal(level, escalated.Summary.FirstResponseLevel);
            Assert.Equal(level, d.State.EscalationLevel);
            Assert.Equal(priority, d.State.Priority);
            Assert.Equal(breaches, d.State.BreachCount);
            Assert.Equal(Complaint.SystemActor, d.State.Timeline[^1].Actor);
            Assert.Equal(new EscalationRecord(ClockKind.FirstResponse, level, d.Now, "logistics", null), d.State.Escalations[^1]);
        }

        d.Advance(TimeSpan.FromDays(1));
        Assert.Empty(d.CheckDeadlines());
        Assert.Equal([1L, 2, 3, 4, 5], d.Events.Select(e => e.Sequence));
        Assert.Equal(4, d.State.Escalations.Count);
    }

    [Fact]
    public void CheckDeadlines_JumpPastEveryLevel_EmitsEachLevelInOrder()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(8));

        var events = d.CheckDeadlines();

        Assert.Equal(
            [EscalationLevel.AtRisk, EscalationLevel.Breached, EscalationLevel.Level3, EscalationLevel.Level4],
            events.Select(e => e.Level!.Value));
        Assert.Equal([2L, 3, 4, 5], events.Select(e => e.Sequence));
        Assert.All(events, e => Assert.Equal(ClockKind.FirstResponse, e.Clock));
        Assert.Equal(1, d.State.BreachCount);
        Assert.Equal(Severity.High, d.State.Priority);
    }

    [Fact]
    public void CheckDeadlines_CalledTwiceAtSameTime_EscalatesOnce()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(4));
        d.CheckDeadlines();
        var before = Snapshot(d.State);

        Assert.Empty(d.CheckDeadlines());
        Assert.Equal(before, Snapshot(d.State));
    }

    [Fact]
    public void CheckDeadlines_NotFiled_IsNotFound()
    {
        var complaint = NewComplaint();

        AssertRefused(complaint.State, () => complaint.CheckDeadlines(Now), ErrorCodes.NotFound, "id");
    }

    [Fact]
    public void Acknowledge_Late_EscalatesDueLevelsBeforeAcknowledging()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(5));

        var events = d.Acknowledge();

        Assert.Equal(
            [ComplaintEventKind.Escalated, ComplaintEventKind.Escalated, ComplaintEventKind.Acknowledged],
            events.Select(e => e.Kind));
        Assert.False(d.State.FirstResponse.Met);
        Assert.False(events[^1].Summary.FirstResponseMet);
        Assert.Equal(Severity.High, d.State.Priority);
        Assert.Equal(EscalationLevel.Breached, d.State.FirstResponse.Level);
    }

    [Fact]
    public void Acknowledge_ExactlyAtAllowance_IsBreachedAndNotMet()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(4));

        d.Acknowledge();

        Assert.Equal(1, d.State.BreachCount);
        Assert.Equal(EscalationLevel.Breached, d.State.FirstResponse.Level);
        Assert.False(d.State.FirstResponse.Met);
    }

    [Fact]
    public void CheckDeadlines_EachClockBreach_RaisesPriorityOneStepCappedAtCritical()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromHours(4)).CheckDeadlines();
        Assert.Equal(Severity.High, d.State.Priority);
        d.Advance(TimeSpan.FromMinutes(1)).Acknowledge();

        var updateEvents = d.Advance(TimeSpan.FromHours(24)).CheckDeadlines();

        Assert.Equal(
            [(ClockKind.CustomerUpdate, EscalationLevel.AtRisk), (ClockKind.CustomerUpdate, EscalationLevel.Breached)],
            updateEvents.Select(e => (e.Clock!.Value, e.Level!.Value)));
        Assert.Equal(Severity.Critical, d.State.Priority);
        Assert.Equal(2, d.State.BreachCount);
        Assert.Contains("priority raised to Critical", d.State.Timeline[^1].Detail, StringComparison.Ordinal);

        var later = d.Advance(Start + TimeSpan.FromDays(5) - d.Now).CheckDeadlines();

        Assert.Equal(
            [
                (ClockKind.CustomerUpdate, EscalationLevel.Level3), (ClockKind.CustomerUpdate, EscalationLevel.Level4),
                (ClockKind.Resolution, EscalationLevel.AtRisk), (ClockKind.Resolution, EscalationLevel.Breached),
            ],
            later.Select(e => (e.Clock!.Value, e.Level!.Value)));
        Assert.Equal(Severity.Critical, d.State.Priority);
        Assert.Equal(3, d.State.BreachCount);
        var summary = later[^1].Summary;
        // The stopped first-response clock keeps its level as history; the summary shows only live levels.
        Assert.Equal(EscalationLevel.Breached, d.State.FirstResponse.Level);
        Assert.Equal(EscalationLevel.None, summary.FirstResponseLevel);
        Assert.Equal(EscalationLevel.Level4, summary.CustomerUpdateLevel);
        Assert.Equal(EscalationLevel.Breached, summary.ResolutionLevel);
        Assert.Equal(3, summary.BreachCount);
        Assert.Equal(Severity.Medium, summary.Severity);
        Assert.Equal(Severity.Critical, summary.Priority);
    }

    [Fact]
    public void CheckDeadlines_EscalationsAcrossHandOff_AttributedToOwnerAtTheTime()
    {
        // Resolution 8 h, the other clocks out of the way: ladder points 6 h, 8 h, 12 h, 16 h.
        var clocks = new ClockPolicyOptions
        {
            Defaults = { [Severity.Medium] = new() { FirstResponse = TimeSpan.FromHours(4), CustomerUpdate = TimeSpan.FromDays(300), Resolution = TimeSpan.FromHours(8) } },
        };
        var d = Driver(rules: Rules(clocks));
        d.ToAssigned();
        d.StartInvestigation();

        d.Advance(TimeSpan.FromHours(6)).CheckDeadlines();
        d.HandOff("finance");
        d.Advance(TimeSpan.FromHours(2)).CheckDeadlines();
        d.StartInvestigation("agent-9");
        d.Advance(TimeSpan.FromHours(4)).CheckDeadlines();

        Assert.Equal(
            [
                new EscalationRecord(ClockKind.Resolution, EscalationLevel.AtRisk, Start + TimeSpan.FromHours(6), "logistics", Investigator),
                new EscalationRecord(ClockKind.Resolution, EscalationLevel.Breached, Start + TimeSpan.FromHours(8), "finance", null),
                new EscalationRecord(ClockKind.Resolution, EscalationLevel.Level3, Start + TimeSpan.FromHours(12), "finance", "agent-9"),
            ],
            d.State.Escalations);
        var escalated = d.Events.Where(e => e.Kind == ComplaintEventKind.Escalated).ToArray();
        Assert.Equal(["logistics", "finance", "finance"], escalated.Select(e => e.Summary.DepartmentId));
        Assert.Contains("(Finance)", d.State.Timeline.Single(t => t.Sequence == escalated[1].Sequence).Detail, StringComparison.Ordinal);
        Assert.Contains("(agent-9)", d.State.Timeline.Single(t => t.Sequence == escalated[2].Sequence).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void HandOff_AfterThresholdPassedUnchecked_AttributesEscalationToDepartmentBeforeHandOff()
    {
        var d = Driver();
        d.ToAssigned();
        d.StartInvestigation();
        d.Advance(TimeSpan.FromHours(18));

        var events = d.HandOff("finance");

        Assert.Equal([ComplaintEventKind.Escalated, ComplaintEventKind.HandedOff], events.Select(e => e.Kind));
        Assert.Equal(new EscalationRecord(ClockKind.CustomerUpdate, EscalationLevel.AtRisk, d.Now, "logistics", Investigator), Assert.Single(d.State.Escalations));
    }

    [Fact]
    public void NextEscalationAt_AsClocksMove_IsEarliestNextLevelAcrossRunningClocks()
    {
        var d = Driver();
        d.File();
        Assert.Equal(Start + TimeSpan.FromHours(3), d.Complaint.NextEscalationAt());

        d.Advance(TimeSpan.FromHours(3)).CheckDeadlines();
        Assert.Equal(Start + TimeSpan.FromHours(4), d.Complaint.NextEscalationAt());
        Assert.Equal(d.Complaint.NextEscalationAt(), d.View.NextEscalationAt);

        d.Acknowledge();
        Assert.Equal(d.Now + TimeSpan.FromHours(18), d.Complaint.NextEscalationAt());

        d.Assess(upheld: false);
        d.Close();
        Assert.Null(d.Complaint.NextEscalationAt());
    }

    [Fact]
    public void CheckDeadlines_UnsatisfiedReopenPastResolutionAllowance_EscalatesResolutionClock()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(17));
        d.ToResolvedFromFiled();
        d.Advance(TimeSpan.FromDays(7)).RecordFeedback(satisfied: false);
        Assert.DoesNotContain(d.State.Escalations, e => e.Clock == ClockKind.Resolution);

        d.Advance(TimeSpan.FromHours(1));
        var events = d.CheckDeadlines();

        var escalated = Assert.Single(events);
        Assert.Equal((ClockKind.Resolution, EscalationLevel.AtRisk), (escalated.Clock!.Value, escalated.Level!.Value));
    }
}
