using static ComplaintGrid.Tests.Domain.Calendars.TestCalendars;

namespace ComplaintGrid.Tests.Domain.Calendars;

public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan H = TimeSpan.FromHours(1);

    [Fact]
    public void OpenTimeBetween_OneWorkingDay_CountsOnlyTheOpeningHours()
    {
        var office = LondonOffice();

        Assert.Equal(8 * H, office.OpenTimeBetween(Utc(2026, 12, 7, 8), Utc(2026, 12, 7, 18)));
        Assert.Equal(2.5 * H, office.OpenTimeBetween(Utc(2026, 12, 7, 14, 30), Utc(2026, 12, 7, 20)));
        Assert.Equal(TimeSpan.Zero, office.OpenTimeBetween(Utc(2026, 12, 7, 18), Utc(2026, 12, 7, 8)));
    }

    [Fact]
    public void OpenTimeBetween_FridayEveningToMondayMorning_CountsNothingAtTheWeekend()
    {
        var office = LondonOffice();

        Assert.Equal(2 * H, office.OpenTimeBetween(Utc(2026, 12, 4, 16), Utc(2026, 12, 7, 10)));
        Assert.Equal(TimeSpan.Zero, office.OpenTimeBetween(Utc(2026, 12, 4, 17), Utc(2026, 12, 7, 9)));
    }

    [Fact]
    public void Add_FromFridayEvening_LandsOnMondayInOpenTime()
    {
        var office = LondonOffice();

        Assert.Equal(Utc(2026, 12, 7, 13), office.Add(Utc(2026, 12, 4, 18), 4 * H));
        Assert.Equal(Utc(2026, 12, 7, 13), office.Add(Utc(2026, 12, 5, 12), 4 * H));
    }

    [Fact]
    public void Add_UsedUpExactlyAtTheClose_ReturnsTheClose()
    {
        Assert.Equal(Utc(2026, 12, 7, 17), LondonOffice().Add(Utc(2026, 12, 7, 9), 8 * H));
    }

    [Fact]
    public void Add_NegativeOrZero_CountsBackInOpenTimeOrStays()
    {
        var office = LondonOffice();

        Assert.Equal(Utc(2026, 12, 4, 16), office.Add(Utc(2026, 12, 7, 10), -2 * H));
        Assert.Equal(Utc(2026, 12, 5, 12), office.Add(Utc(2026, 12, 5, 12), TimeSpan.Zero));
    }

    [Fact]
    public void Holidays_SingleDatesAndRanges_AreClosed()
    {
        // Christmas Day on the Friday, and the Monday to Thursday after it; New Year's Day 2027 is an ordinary Friday.
        var office = LondonOffice("2026-12-25", "2026-12-28..2026-12-31");

        Assert.Equal(Utc(2027, 1, 1, 10), office.Add(Utc(2026, 12, 24, 16), 2 * H));
        Assert.Equal(16 * H, office.OpenTimeBetween(Utc(2026, 12, 24, 0), Utc(2027, 1, 2, 0)));
        Assert.True(office.IsHoliday(new NodaTime.LocalDate(2026, 12, 29)));
        Assert.False(office.IsOpen(Utc(2026, 12, 25, 12)));
        Assert.True(office.IsOpen(Utc(2026, 12, 24, 12)));
    }

    [Fact]
    public void SeveralSpansADay_TheBreakBetweenThemIsClosed()
    {
        var office = Compile(Settings("Europe/London", Weekdays, ["08:00-12:00", "13:00-18:00"]));

        Assert.Equal(Utc(2026, 12, 7, 14), office.Add(Utc(2026, 12, 7, 11), 2 * H));
        Assert.Equal(9 * H, office.OpenTimeBetween(Utc(2026, 12, 7, 0), Utc(2026, 12, 8, 0)));
        Assert.Equal(
            [(Utc(2026, 12, 7, 11), Utc(2026, 12, 7, 12)), (Utc(2026, 12, 7, 13), Utc(2026, 12, 7, 14))],
            office.OpenIntervals(Utc(2026, 12, 7, 11), Utc(2026, 12, 7, 14)).ToArray());
    }

    [Fact]
    public void SpanCrossingMidnight_CountsIntoTheNextDay_AndBelongsToTheDayItStarts()
    {
        // A night desk, Monday to Friday nights; Tuesday 8 December is a holiday: Monday night still runs into Tuesday,
        // Tuesday night is closed.
        var nights = Compile(Settings("Europe/London", Weekdays, ["22:00-02:00"], "2026-12-08"));

        Assert.Equal(4 * H, nights.OpenTimeBetween(Utc(2026, 12, 7, 21), Utc(2026, 12, 8, 3)));
        Assert.Equal(2 * H, nights.OpenTimeBetween(Utc(2026, 12, 8, 0), Utc(2026, 12, 9, 12)));
        Assert.Equal(Utc(2026, 12, 5, 1), nights.Add(Utc(2026, 12, 4, 23), 2 * H));
        // Friday night's three hours to Saturday 02:00, then Monday night from 22:00.
        Assert.Equal(Utc(2026, 12, 7, 23), nights.Add(Utc(2026, 12, 4, 23), 4 * H));
    }

    [Fact]
    public void SpringChange_ASpanOverTheGapIsAnHourShorter_AndLaterSpansFollowSummerTime()
    {
        // Europe/London: on Sunday 29 March 2026 01:00 GMT becomes 02:00 BST.
        var early = Compile(Settings("Europe/London", [.. Weekdays, "Saturday", "Sunday"], ["00:00-03:00"]));

        Assert.Equal(2 * H, early.OpenTimeBetween(Utc(2026, 3, 29, 0), Utc(2026, 3, 29, 12)));
        Assert.Equal(3 * H, early.OpenTimeBetween(Utc(2026, 3, 22, 0), Utc(2026, 3, 22, 12)));

        var office = LondonOffice();
        // Friday 16:00 GMT: one hour to the close, then Monday opens at 09:00 BST (08:00 UTC).
        Assert.Equal(Utc(2026, 3, 30, 9), office.Add(Utc(2026, 3, 27, 16), 2 * H));
        Assert.Equal(160 * H, office.OpenTimeBetween(Utc(2026, 3, 16, 0), Utc(2026, 4, 13, 0)));
    }

    [Fact]
    public void AutumnChange_ASpanOverTheRepeatedHourIsAnHourLonger_AndLaterSpansFollowWinterTime()
    {
        // Europe/London: on Sunday 25 October 2026 02:00 BST becomes 01:00 GMT.
        var early = Compile(Settings("Europe/London", [.. Weekdays, "Saturday", "Sunday"], ["00:00-03:00"]));

        Assert.Equal(4 * H, early.OpenTimeBetween(Utc(2026, 10, 24, 22), Utc(2026, 10, 25, 12)));

        var office = LondonOffice();
        // Friday 16:00 BST (15:00 UTC): one hour to the close, then Monday opens at 09:00 GMT.
        Assert.Equal(Utc(2026, 10, 26, 10), office.Add(Utc(2026, 10, 23, 15), 2 * H));
        Assert.Equal(160 * H, office.OpenTimeBetween(Utc(2026, 10, 12, 0), Utc(2026, 11, 9, 0)));
    }

    public static TheoryData<string> Calendars => ["office", "nights", "split"];

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Add_IsTheFirstInstantWithThatMuchOpenTime_AcrossWeekendsHolidaysAndBothChanges(string which)
    {
        var calendar = which switch
        {
            "office" => LondonOffice("2026-03-30", "2026-04-03..2026-04-06", "2026-10-26"),
            "nights" => Compile(Settings("Europe/London", Weekdays, ["22:00-02:00"], "2026-03-31")),
            _ => Compile(Settings("America/New_York", [.. Weekdays, "Saturday"], ["07:30-12:00", "12:45-19:15"], "2026-03-09")),
        };
        TimeSpan[] amounts = [TimeSpan.FromMinutes(1), 1 * H, 7.5 * H, 40 * H, 100 * H, 333 * H];
        foreach (var origin in new[] { Utc(2026, 3, 2, 0), Utc(2026, 10, 5, 0) })
        {
            for (var from = origin; from < origin + TimeSpan.FromDays(42); from += TimeSpan.FromHours(7.25))
            {
                foreach (var amount in amounts)
                {
                    var due = calendar.Add(from, amount);
                    Assert.Equal(amount, calendar.OpenTimeBetween(from, due));
                    Assert.True(calendar.OpenTimeBetween(from, due - TimeSpan.FromTicks(1)) < amount, $"{which}: {from:o} + {amount} reached before {due:o}");
                }
            }
        }
    }

    [Fact]
    public void OpenTimeBetween_ManyWeeks_EqualsTheSumOfItsOpenIntervals()
    {
        var office = LondonOffice("2026-12-25", "2026-12-28");
        var from = Utc(2026, 1, 1, 12);
        var to = Utc(2027, 1, 1, 12);

        var summed = office.OpenIntervals(from, to).Aggregate(TimeSpan.Zero, (sum, i) => sum + (i.End - i.Start));

        Assert.Equal(summed, office.OpenTimeBetween(from, to));
        // 2026's 261 weekdays less the two holidays; 1 January 2026's lost morning is 1 January 2027's (a Friday) morning.
        Assert.Equal(259 * 8 * H, summed);
    }
}
