using ComplaintGrid.Domain.Approval;
using ComplaintGrid.Domain.Calendars;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Routing;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.Calendars.TestCalendars;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

/// <summary>
/// A complaint whose department keeps business hours: Logistics works Monday to Friday, 09:00-17:00 in London; Finance
/// 09:00-17:00 in New York.
/// </summary>
public sealed class ComplaintCalendarTests
{
    private static readonly TimeSpan H = TimeSpan.FromHours(1);

    // Friday 4 December 2026, 16:00 in London: an hour before Logistics closes for the weekend.
    private readonly FakeTimeProvider _time = new(Utc(2026, 12, 4, 16));

    private static readonly BusinessCalendars Calendars = new(new BusinessCalendarOptions
    {
        Calendars =
        {
            ["london"] = Settings("Europe/London", Weekdays, ["09:00-17:00"]),
            ["new-york"] = Settings("America/New_York", Weekdays, ["09:00-17:00"]),
        },
    });

    private static ComplaintRules CalendarRules(Action<ClockPolicyOptions>? configure = null)
    {
        var clocks = new ClockPolicyOptions { DepartmentCalendars = { ["logistics"] = "london", ["finance"] = "new-york" } };
        configure?.Invoke(clocks);
        return new ComplaintRules(new ClockPolicy(clocks, Calendars), new RoutingTable(RoutingOptions.Standard()), new ApprovalPolicy(new ApprovalOptions()));
    }

    private ComplaintDriver Driver(Severity severity = Severity.Medium, ComplaintRules? rules = null) =>
        new(_time, Filing(severity: severity), rules ?? CalendarRules());

    [Fact]
    public void FiledFridayEvening_DoesNotEscalateOverTheWeekend_AndItsNextPointIsOnMonday()
    {
        var d = Driver();
        d.File();
        var filed = d.View;

        // First response 4 h of open time: one hour on Friday, three on Monday; at risk at 3 h, Monday 11:00.
        Assert.Equal(Utc(2026, 12, 7, 11), d.Complaint.NextEscalationAt());
        var firstResponse = filed.Clocks[0];
        Assert.Equal(Utc(2026, 12, 7, 12), firstResponse.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), firstResponse.DueLocal);
        Assert.Equal("Europe/London", firstResponse.TimeZone);

        _time.SetUtcNow(Utc(2026, 12, 7, 10, 59));
        Assert.Empty(d.CheckDeadlines());
        Assert.Equal(EscalationLevel.None, d.State.EscalationLevel);
        Assert.Equal(3 * H - TimeSpan.FromMinutes(1), d.View.Clocks[0].Elapsed);

        _time.SetUtcNow(Utc(2026, 12, 7, 11));
        var escalated = Assert.Single(d.CheckDeadlines());
        Assert.Equal(EscalationLevel.AtRisk, escalated.Level);
        Assert.Equal(Utc(2026, 12, 7, 12), d.Complaint.NextEscalationAt());
    }

    [Fact]
    public void Critical_RunsAroundTheClock_ButShowsItsDueTimeInTheDepartmentsZone()
    {
        var d = Driver(Severity.Critical);
        d.File();

        Assert.Equal(Utc(2026, 12, 4, 16) + TimeSpan.FromSeconds(675), d.Complaint.NextEscalationAt());
        Assert.Null(d.State.CalendarName);
        Assert.Equal("Europe/London", d.View.Clocks[0].TimeZone);
        Assert.Equal(Utc(2026, 12, 4, 16, 15), d.View.Clocks[0].DueLocal);
    }

    [Fact]
    public void Hold_OverTheWeekend_CountsNeitherTheHoldNorTheClosedHours()
    {
        var d = Driver();
        d.File();
        d.Advance(TimeSpan.FromMinutes(30)).Acknowledge();
        d.PutOnHold();
        _time.SetUtcNow(Utc(2026, 12, 7, 10));
        d.Resume();
        _time.SetUtcNow(Utc(2026, 12, 7, 12));

        var resolution = d.View.Clocks[2];
        Assert.Equal(2.5 * H, resolution.Elapsed);
    }

    [Fact]
    public void HandOff_ToADepartmentWithOtherHours_CountsByItsCalendarFromThen_AllowancesAsFiled()
    {
        var d = Driver(rules: CalendarRules(o => o.Departments["finance"] = new() { [Severity.Medium] = new() { Resolution = 2 * H } }));
        d.ToAssigned();
        _time.SetUtcNow(Utc(2026, 12, 7, 10));
        d.HandOff("finance");

        Assert.Equal("new-york", d.State.CalendarName);
        Assert.Equal(TimeSpan.FromDays(5), d.State.Resolution.Allowance);
        // Two hours in London (Friday 16-17, Monday 09-10); New York opens at 14:00 UTC.
        _time.SetUtcNow(Utc(2026, 12, 7, 15));
        var resolution = d.View.Clocks[2];
        Assert.Equal(3 * H, resolution.Elapsed);
        Assert.Equal("America/New_York", resolution.TimeZone);
        Assert.Equal(TimeSpan.FromHours(-5), resolution.DueLocal!.Value.Offset);
    }

    [Fact]
    public void HandOff_WithRecomputeOn_TakesTheNewDepartmentsAllowances()
    {
        var d = Driver(rules: CalendarRules(o =>
        {
            o.RecomputeOnHandOff = true;
            o.Departments["finance"] = new() { [Severity.Medium] = new() { Resolution = 8 * H } };
        }));
        d.ToAssigned();
        _time.SetUtcNow(Utc(2026, 12, 7, 10));
        d.HandOff("finance");

        Assert.Equal(8 * H, d.State.Resolution.Allowance);
        // Two hours counted; six to go from New York's 14:00 UTC opening.
        Assert.Equal(Utc(2026, 12, 7, 20), d.View.Clocks[2].DueAt);
    }

    [Fact]
    public void StateFiledWithoutACalendar_KeepsCountingWallTime()
    {
        var old = Driver(rules: Rules());
        old.File();
        var reloaded = new Complaint(old.State, CalendarRules());

        _time.Advance(TimeSpan.FromHours(3));

        Assert.Null(old.State.CalendarName);
        Assert.Equal(3 * H, reloaded.ToView(_time.GetUtcNow()).Clocks[0].Elapsed);
        Assert.Equal(Utc(2026, 12, 4, 19), reloaded.NextEscalationAt());
    }

    [Fact]
    public void Reloaded_StateNamingItsCalendar_CountsByItAgain()
    {
        var d = Driver();
        d.File();
        var reloaded = new Complaint(d.State, CalendarRules());
        _time.SetUtcNow(Utc(2026, 12, 7, 10));

        Assert.Equal(2 * H, reloaded.ToView(_time.GetUtcNow()).Clocks[0].Elapsed);
    }

    [Fact]
    public void File_WithATierEntitlement_ScalesTheAllowances_AndTheViewSaysWhichApplied()
    {
        var d = Driver(rules: CalendarRules(o => o.Tiers[ValueTier.Gold] = new() { Factor = 0.5 }));
        d.Do((c, now) => c.File(d.Id, d.Filing, now, IdOf, ValueTier.Gold));

        var view = d.View;

        Assert.Equal(new Entitlement(ValueTier.Gold, 0.5, Overridden: false), view.Entitlement);
        Assert.Equal([2 * H, 12 * H, TimeSpan.FromDays(2.5)], view.Clocks.Select(c => c.Allowance));
        // Two hours of open time: Friday's last hour and Monday's first.
        Assert.Equal(Utc(2026, 12, 7, 10), view.Clocks[0].DueAt);
    }
}
