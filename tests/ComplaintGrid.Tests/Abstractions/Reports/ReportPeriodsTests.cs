namespace ComplaintGrid.Tests.Abstractions.Reports;

/// <summary>Cutting a local date range into whole days, ISO weeks and months in a time zone, clock changes included.</summary>
public sealed class ReportPeriodsTests
{
    [Fact]
    public void Cut_ByDayInUtc_GivesEachDayFromMidnightToMidnight()
    {
        var periods = ReportPeriods.Cut(ReportPeriod.Day, new(2026, 11, 1), new(2026, 11, 3), "UTC");

        Assert.Equal([new DateOnly(2026, 11, 1), new(2026, 11, 2), new(2026, 11, 3)], periods.Select(p => p.Start));
        Assert.All(periods, p => Assert.Equal(p.Start, p.End));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), periods[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero), periods[^1].EndsAt);
    }

    [Fact]
    public void Cut_TheSpringClockChangeInLondon_IsADayOf23Hours()
    {
        var day = Assert.Single(ReportPeriods.Cut(ReportPeriod.Day, new(2026, 3, 29), new(2026, 3, 29), "Europe/London"));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), day.StartsAt);
        // Midnight of the 30th is BST: 23:00 UTC on the 29th.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 23, 0, 0, TimeSpan.Zero), day.EndsAt);
        Assert.Equal(TimeSpan.FromHours(23), day.EndsAt - day.StartsAt);
    }

    [Fact]
    public void Cut_TheAutumnClockChangeInLondon_IsADayOf25Hours()
    {
        var days = ReportPeriods.Cut(ReportPeriod.Day, new(2026, 10, 24), new(2026, 10, 26), "Europe/London");

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero), days[1].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), days[1].EndsAt);
        Assert.Equal([24, 25, 24], days.Select(d => (d.EndsAt - d.StartsAt).TotalHours));
    }

    [Fact]
    public void Cut_ByWeek_GivesWholeIsoWeeksFromTheMondayBeforeFrom()
    {
        // Wednesday 4 November to Tuesday 17 November: three weeks, the first from Monday 2, the last to Sunday 22.
        var weeks = ReportPeriods.Cut(ReportPeriod.Week, new(2026, 11, 4), new(2026, 11, 17), "UTC");

        Assert.Equal([(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), (new(2026, 11, 9), new(2026, 11, 15)), (new(2026, 11, 16), new(2026, 11, 22))],
            weeks.Select(w => (w.Start, w.End)));
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.Start.DayOfWeek));
    }

    [Fact]
    public void Cut_AWeekOverTheAutumnClockChange_Lasts169Hours()
    {
        var week = Assert.Single(ReportPeriods.Cut(ReportPeriod.Week, new(2026, 10, 25), new(2026, 10, 25), "Europe/London"));

        Assert.Equal(new DateOnly(2026, 10, 19), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 10, 18, 23, 0, 0, TimeSpan.Zero), week.StartsAt);
        Assert.Equal(TimeSpan.FromHours(7 * 24 + 1), week.EndsAt - week.StartsAt);
    }

    [Fact]
    public void Cut_ByMonthInNewYork_GivesWholeMonthsFromLocalMidnight()
    {
        var months = ReportPeriods.Cut(ReportPeriod.Month, new(2026, 2, 15), new(2026, 3, 10), "America/New_York");

        Assert.Equal([(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), (new(2026, 3, 1), new(2026, 3, 31))], months.Select(m => (m.Start, m.End)));
        // EST (UTC-5) at the start of February; EDT (UTC-4) from 8 March, so April begins at 04:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 5, 0, 0, TimeSpan.Zero), months[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 5, 0, 0, TimeSpan.Zero), months[0].EndsAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 4, 0, 0, TimeSpan.Zero), months[1].EndsAt);
    }

    [Fact]
    public void Whole_InLondonSummer_RunsFromLocalMidnightToTheDayAfterTo()
    {
        var range = ReportPeriods.Whole(new(2026, 7, 1), new(2026, 7, 31), "Europe/London");

        Assert.Equal(new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero), range.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 23, 0, 0, TimeSpan.Zero), range.EndsAt);
    }
}
