using ComplaintGrid.Simulator;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>The arrival curve by hour and weekday, and outage storms, from a seeded source.</summary>
public sealed class ArrivalPlannerTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_SeededWeekday_MoreArrivalsAtElevenThanAtThree()
    {
        var atThree = CountOverAnHour(Monday.AddHours(3), seed: 11);
        var atEleven = CountOverAnHour(Monday.AddHours(11), seed: 11);

        Assert.True(atEleven > 10 * atThree, $"{atEleven} arrivals between 11:00 and 12:00, {atThree} between 03:00 and 04:00");
    }

    [Fact]
    public void Advance_Saturday_QuieterAtElevenThanMonday()
    {
        Assert.True(CountOverAnHour(Monday.AddDays(5).AddHours(11), 5) < CountOverAnHour(Monday.AddHours(11), 5));
    }

    [Fact]
    public void Factor_OverAWeek_AveragesOne()
    {
        var mean = Enumerable.Range(0, 24 * 7).Average(h => ArrivalCurve.Factor(Monday.AddHours(h)));

        Assert.Equal(1.0, mean, 9);
    }

    [Fact]
    public void Advance_FlatPatternWithoutStorms_MeetsTheRateExactly()
    {
        var planner = new ArrivalPlanner(new Random(1), new SimulatorOptions { ComplaintsPerMinute = 30, DailyPattern = false, OutageStormsPerDay = 0 });
        var count = Enumerable.Range(1, 600).Sum(s => planner.Advance(Monday.AddHours(3).AddSeconds(s), TimeSpan.FromSeconds(1)).Count);

        Assert.InRange(count, 299, 300);
    }

    [Fact]
    public void Advance_DuringAStorm_ItsCategoryAndReferenceTakeTwoThirdsOfTheCalls()
    {
        var planner = new ArrivalPlanner(new Random(23), new SimulatorOptions { ComplaintsPerMinute = 20, OutageStormsPerDay = 24, DailyPattern = false });
        var duringStorm = new List<Arrival>();
        OutageStorm? first = null;
        for (var minute = 0; minute < 24 * 60; minute++)
        {
            var arrivals = planner.Advance(Monday.AddMinutes(minute), TimeSpan.FromMinutes(1));
            first ??= planner.Storm;
            if (first is not null && planner.Storm == first)
                duringStorm.AddRange(arrivals);
            else if (first is not null)
                break;
        }

        Assert.NotNull(first);
        var stormShare = duringStorm.Count(a => a.Storm == first) / (double)duringStorm.Count;
        Assert.InRange(stormShare, 0.6, 0.72);
        Assert.All(duringStorm.Where(a => a.Storm is not null), a => Assert.Equal((first.Category, first.Reference), (a.Storm!.Category, a.Storm.Reference)));
    }

    [Fact]
    public void Advance_SameSeed_SameArrivalsAndStorms()
    {
        static string Run(ArrivalPlanner planner) => string.Join(',', Enumerable.Range(0, 24 * 60)
            .Select(m => $"{planner.Advance(Monday.AddMinutes(m), TimeSpan.FromMinutes(1)).Count}{planner.Storm?.Reference}"));

        Assert.Equal(Run(new ArrivalPlanner(new Random(99), new SimulatorOptions { OutageStormsPerDay = 5 })),
            Run(new ArrivalPlanner(new Random(99), new SimulatorOptions { OutageStormsPerDay = 5 })));
    }

    private static int CountOverAnHour(DateTimeOffset from, int seed)
    {
        var planner = new ArrivalPlanner(new Random(seed), new SimulatorOptions { ComplaintsPerMinute = 10 });
        return Enumerable.Range(1, 60).Sum(m => planner.Advance(from.AddMinutes(m), TimeSpan.FromMinutes(1)).Count);
    }
}
