using ComplaintGrid.Domain.Clocks;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.Calendars.TestCalendars;

namespace ComplaintGrid.Tests.Domain.Clocks;

/// <summary>A clock under a business-hours calendar counts open time only; due instants and ladder points are real instants.</summary>
public sealed class DeadlineClockCalendarTests
{
    private static readonly TimeSpan H = TimeSpan.FromHours(1);

    // Friday 4 December 2026, 16:00 in London (GMT, so UTC too): an hour before the office closes for the weekend.
    private readonly FakeTimeProvider _time = new(Utc(2026, 12, 4, 16));

    private DateTimeOffset Now => _time.GetUtcNow();

    private DeadlineClock StartedInOffice(TimeSpan allowance)
    {
        var clock = DeadlineClock.Create(ClockKind.Resolution, allowance);
        clock.Calendar = LondonOffice();
        clock.Start(Now);
        return clock;
    }

    [Fact]
    public void ElapsedAndLevel_OverTheWeekend_DoNotMove()
    {
        var clock = StartedInOffice(4 * H);

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1 * H, clock.ElapsedAt(Now));
        _time.SetUtcNow(Utc(2026, 12, 7, 8, 59));

        Assert.Equal(1 * H, clock.ElapsedAt(Now));
        Assert.Equal(EscalationLevel.None, clock.LevelAt(Now));
    }

    [Fact]
    public void DueAtAndLadderPoints_FollowOpenTime()
    {
        var clock = StartedInOffice(4 * H);

        // One hour on Friday, then three on Monday from 09:00; at risk at 75% = 3 h of open time: Monday 11:00.
        Assert.Equal(Utc(2026, 12, 7, 12), clock.DueAt());
        Assert.Equal(Utc(2026, 12, 7, 11), clock.NextEscalationAt());

        _time.SetUtcNow(Utc(2026, 12, 7, 11));
        Assert.Equal(EscalationLevel.AtRisk, clock.LevelAt(Now));
        clock.Level = EscalationLevel.AtRisk;
        Assert.Equal(Utc(2026, 12, 7, 12), clock.NextEscalationAt());
        // Level 3 at 150% = 6 h: Friday's hour and five on Monday.
        clock.Level = EscalationLevel.Breached;
        Assert.Equal(Utc(2026, 12, 7, 14), clock.NextEscalationAt());
    }

    [Fact]
    public void Hold_OverAClosedPeriod_CountsOnlyTheOpenTimeWhileRunning()
    {
        var clock = StartedInOffice(8 * H);

        _time.Advance(TimeSpan.FromMinutes(30));
        clock.Pause(Now);
        _time.SetUtcNow(Utc(2026, 12, 7, 10));
        clock.Resume(Now);
        _time.SetUtcNow(Utc(2026, 12, 7, 12));

        Assert.Equal(2.5 * H, clock.ElapsedAt(Now));
        // 5.5 h left from 12:00: Monday's five, then half an hour on Tuesday.
        Assert.Equal(Utc(2026, 12, 8, 9, 30), clock.DueAt());
    }

    [Fact]
    public void CountBy_AnotherCalendar_AppliesFromNow_AndKeepsTheTimeCountedSoFar()
    {
        var clock = StartedInOffice(4 * H);
        _time.SetUtcNow(Utc(2026, 12, 7, 10));
        Assert.Equal(2 * H, clock.ElapsedAt(Now));

        // New York, 09:00-17:00 Eastern (14:00-22:00 UTC in December).
        var newYork = Compile(Settings("America/New_York", Weekdays, ["09:00-17:00"]), "new-york");
        clock.CountBy(newYork, Now);

        Assert.Equal(2 * H, clock.ElapsedAt(Now));
        Assert.Equal(Utc(2026, 12, 7, 16), clock.DueAt());
        _time.SetUtcNow(Utc(2026, 12, 7, 15));
        Assert.Equal(3 * H, clock.ElapsedAt(Now));
    }

    [Fact]
    public void NoCalendar_CountsWallTime()
    {
        var clock = DeadlineClock.Create(ClockKind.Resolution, 4 * H);
        clock.Start(Now);
        _time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(3 * H, clock.ElapsedAt(Now));
        Assert.Equal(Utc(2026, 12, 4, 20), clock.DueAt());
    }

    [Fact]
    public void ToView_WithAZone_ShowsTheDueInstantInIt()
    {
        var clock = StartedInOffice(4 * H);
        var zone = NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"];

        var view = clock.ToView(Now, zone);

        Assert.Equal(Utc(2026, 12, 7, 12), view.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.FromHours(-5)), view.DueLocal);
        Assert.Equal(TimeSpan.FromHours(-5), view.DueLocal!.Value.Offset);
        Assert.Equal("America/New_York", view.TimeZone);
        Assert.Null(clock.ToView(Now).DueLocal);
    }
}
