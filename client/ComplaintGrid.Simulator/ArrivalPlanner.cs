namespace ComplaintGrid.Simulator;

/// <summary>
/// Decides who calls, tick by tick in simulated time: the average rate shaped by the <see cref="ArrivalCurve"/>, plus
/// outage storms that start at random (a Poisson process of <see cref="SimulatorOptions.OutageStormsPerDay"/>) and add
/// <see cref="StormExtraRate"/> times the average rate, all about one category and reference, while they last.
/// Arrivals are released as the expected count accrues (fractions carried), so a rate is met exactly, not on average.
/// Not thread-safe: one arrival loop owns it.
/// </summary>
/// <param name="random">Its own seeded source, so a run's arrivals repeat whatever the agents do.</param>
/// <param name="options">Rate, pattern and storms.</param>
public sealed class ArrivalPlanner(Random random, SimulatorOptions options)
{
    /// <summary>A storm triples the traffic: twice the average rate on top of the usual calls.</summary>
    public const double StormExtraRate = 2.0;

    private static readonly (Category Category, double Weight)[] StormCategories =
        [(Category.Delivery, 40), (Category.Billing, 30), (Category.ProductQuality, 20), (Category.ServiceConduct, 10)];

    private double _ordinaryDue, _stormDue;
    private int _storms;

    /// <summary>The storm under way, if any.</summary>
    public OutageStorm? Storm { get; private set; }

    /// <summary>The arrivals due over the <paramref name="elapsed"/> simulated time that ends at <paramref name="now"/>.</summary>
    public IReadOnlyList<Arrival> Advance(DateTimeOffset now, TimeSpan elapsed)
    {
        if (elapsed <= TimeSpan.Zero)
            return [];
        var minutes = elapsed.TotalMinutes;
        if (Storm is { } ending && ending.Until <= now)
            Storm = null;
        if (Storm is null && options.OutageStormsPerDay > 0
            && random.NextDouble() < 1 - Math.Exp(-options.OutageStormsPerDay * elapsed / TimeSpan.FromDays(1)))
        {
            var category = StormCategories[^1].Category;
            var roll = random.NextDouble() * StormCategories.Sum(c => c.Weight);
            foreach (var (c, weight) in StormCategories)
            {
                if ((roll -= weight) < 0)
                {
                    category = c;
                    break;
                }
            }
            Storm = new OutageStorm(category, $"OUTAGE-{++_storms:D3}-{random.Next(1000, 10_000)}", now + HandlingTimes.OutageStorm.Sample(random));
        }
        var factor = options.DailyPattern ? ArrivalCurve.Factor(now) : 1;
        _ordinaryDue += options.ComplaintsPerMinute * factor * minutes;
        if (Storm is not null)
            _stormDue += options.ComplaintsPerMinute * StormExtraRate * minutes;
        var arrivals = new List<Arrival>();
        for (; _ordinaryDue >= 1; _ordinaryDue--)
            arrivals.Add(new Arrival(null));
        for (; _stormDue >= 1; _stormDue--)
            arrivals.Add(new Arrival(Storm));
        return arrivals;
    }
}
