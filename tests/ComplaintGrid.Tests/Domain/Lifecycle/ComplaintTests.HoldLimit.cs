using ComplaintGrid.Domain.Escalation;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Holds;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed partial class ComplaintTests
{
    private static readonly EscalationContact TeamLead = new("Ana Lead", "Team lead", "ana@example.com");

    private static EscalationOptions TeamLeadContacts() => new()
    {
        Contacts = new EscalationContactTableOptions
        {
            Defaults = { [EscalationLevel.AtRisk] = [new EscalationContactOptions { Name = TeamLead.Name, Role = TeamLead.Role, Address = TeamLead.Address }] },
        },
    };

    [Fact]
    public void PutOnHold_Medium_RunsOutAfterTheStandardWeek_AndTheReminderIsAimedThere()
    {
        var d = Driver();
        d.ToAssigned();

        d.PutOnHold();

        var expiry = d.Now + HoldOptions.StandardFor(Severity.Medium);
        Assert.Equal(TimeSpan.FromDays(7), HoldOptions.StandardFor(Severity.Medium));
        Assert.Equal(expiry, d.View.HoldExpiresAt);
        Assert.Null(d.Complaint.NextEscalationAt());
        Assert.Equal(expiry, d.Complaint.NextReminderAt());
    }

    [Fact]
    public void CheckDeadlines_JustBeforeTheHoldLimit_ChangesNothing()
    {
        var d = Driver(rules: RulesWithHolds(TimeSpan.FromHours(2)));
        d.ToAssigned();
        d.PutOnHold();
        var before = Snapshot(d.State);

        d.Advance(TimeSpan.FromHours(2) - TimeSpan.FromTicks(1));

        Assert.Empty(d.CheckDeadlines());
        Assert.Equal(before, Snapshot(d.State));
    }

    [Fact]
    public void CheckDeadlines_AtTheHoldLimit_ResumesAsHeldFrom_RecordsHoldExpired_AndTellsTheTeamLead()
    {
        var d = Driver(rules: Rules(
            holds: new HoldOptions { Longest = { [Severity.Medium] = TimeSpan.FromHours(2) } },
            escalation: TeamLeadContacts()));
        d.ToAssigned();
        d.Advance(TimeSpan.FromHours(3));
        d.PutOnHold();
        d.Advance(TimeSpan.FromHours(2));

        var expired = Assert.Single(d.CheckDeadlines());

        Assert.Equal(ComplaintEventKind.HoldExpired, expired.Kind);
        Assert.Equal(new[] { TeamLead }, expired.Recipients);
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Equal(ComplaintStatus.Assigned, expired.Summary.Status);
        Assert.Null(d.State.HeldFrom);
        Assert.Null(d.View.HoldExpiresAt);
        Assert.Equal(ClockState.Running, d.State.Resolution.State);
        Assert.Equal(ClockState.Running, d.State.CustomerUpdate.State);
        Assert.Equal(TimeSpan.FromHours(3), d.State.Resolution.ElapsedAt(d.Now));
        var entry = d.State.Timeline[^1];
        Assert.Equal(ComplaintEventKind.HoldExpired, entry.Kind);
        Assert.Equal(Complaint.SystemActor, entry.Actor);
        Assert.Equal(ActOrigin.System, entry.Via);
        Assert.Equal("Hold expired after 2 hours, the longest for Medium; resumed as Assigned; team lead alerted.", entry.Detail);
        Assert.Equal(d.Complaint.NextEscalationAt(), d.Complaint.NextReminderAt());
    }

    [Fact]
    public void CheckDeadlines_LongAfterTheHoldLimit_CountsTheClocksFromTheExpiry_AndEscalatesWhatFellDue()
    {
        var d = Driver(rules: RulesWithHolds(TimeSpan.FromHours(1)));
        d.ToAssigned();
        d.PutOnHold();
        // The reminder comes a day late (its silo was down): the customer's wait since the hold ran out still counts.
        d.Advance(TimeSpan.FromHours(1) + TimeSpan.FromDays(1));

        var events = d.CheckDeadlines();

        Assert.Equal(ComplaintEventKind.HoldExpired, events[0].Kind);
        Assert.Equal(TimeSpan.FromDays(1), d.State.CustomerUpdate.ElapsedAt(d.Now));
        Assert.Equal(TimeSpan.FromDays(1), d.State.Resolution.ElapsedAt(d.Now));
        // A day of a Medium complaint's 24 h update allowance: breached.
        Assert.Contains(events, e => e.Kind == ComplaintEventKind.Escalated && e.Clock == ClockKind.CustomerUpdate && e.Level == EscalationLevel.Breached);
    }

    [Fact]
    public void Resume_AfterTheHoldRanOut_RecordsOnlyTheExpiry()
    {
        var d = Driver(rules: RulesWithHolds(TimeSpan.FromHours(1)));
        d.ToAssigned();
        d.PutOnHold();
        d.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));

        var events = d.Resume();

        var expired = Assert.Single(events);
        Assert.Equal(ComplaintEventKind.HoldExpired, expired.Kind);
        Assert.Equal(ComplaintStatus.Assigned, d.State.Status);
        Assert.Equal(TimeSpan.FromMinutes(5), d.State.CustomerUpdate.ElapsedAt(d.Now));
    }

    [Fact]
    public void Resume_BeforeTheHoldRanOut_ClearsTheExpiry()
    {
        var d = Driver(rules: RulesWithHolds(TimeSpan.FromHours(1)));
        d.ToAssigned();
        d.PutOnHold();
        d.Advance(TimeSpan.FromMinutes(30));
        d.Resume();

        d.Advance(TimeSpan.FromHours(2));

        Assert.Null(d.View.HoldExpiresAt);
        Assert.DoesNotContain(d.CheckDeadlines(), e => e.Kind == ComplaintEventKind.HoldExpired);
    }

    [Fact]
    public void PutOnHold_SeverityWithItsOwnLimit_TakesIt_OthersKeepTheDefault()
    {
        var holds = new HoldOptions { Longest = { [Severity.Critical] = TimeSpan.FromHours(4) } };
        var policy = new HoldPolicy(holds);

        Assert.Equal(TimeSpan.FromHours(4), policy.LongestFor(Severity.Critical));
        Assert.Equal(TimeSpan.FromDays(3), policy.LongestFor(Severity.High));
        Assert.Equal(TimeSpan.FromDays(14), policy.LongestFor(Severity.Low));
        var d = Driver(Filing(severity: Severity.Critical), Rules(holds: holds));
        d.File();
        d.Acknowledge();
        d.PutOnHold();
        Assert.Equal(d.Now + TimeSpan.FromHours(4), d.View.HoldExpiresAt);
    }

    [Fact]
    public void Escalation_WithContactsConfigured_RecordsWhomItTold_OnTheRecordAndTheEvent()
    {
        var d = Driver(rules: Rules(escalation: TeamLeadContacts()));
        d.File();

        // 75% of a Medium complaint's 4 h first-response allowance.
        d.Advance(TimeSpan.FromHours(3));
        var escalated = Assert.Single(d.CheckDeadlines());

        Assert.Equal(EscalationLevel.AtRisk, escalated.Level);
        Assert.Equal(new[] { TeamLead }, escalated.Recipients);
        Assert.Equal(new[] { TeamLead }, Assert.Single(d.View.Escalations).Recipients);
        var entry = EscalationEntry.From(escalated)!;
        Assert.Equal(new[] { TeamLead }, entry.Recipients);
        Assert.Equal(ComplaintEventKind.Escalated, entry.Kind);
    }

    [Fact]
    public void Escalation_WithNoContactForTheLevel_TellsNobody_AndOtherEventsCarryNoRecipients()
    {
        var d = Driver(rules: Rules(escalation: TeamLeadContacts()));
        var filed = Assert.Single(d.File());
        d.Advance(TimeSpan.FromHours(4));

        var events = d.CheckDeadlines();

        Assert.Null(filed.Recipients);
        var breached = Assert.Single(events, e => e.Level == EscalationLevel.Breached);
        Assert.Empty(breached.Recipients!);
    }
}
