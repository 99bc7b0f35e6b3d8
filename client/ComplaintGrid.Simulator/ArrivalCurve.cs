namespace ComplaintGrid.Simulator;

/// <summary>
/// How busy the lines are by hour of day (UTC) and day of week: quiet at night, peaks late morning and early afternoon,
/// weekends lighter and later. A factor on the average rate; over a whole week the factors average 1.
/// </summary>
public static class ArrivalCurve
{
    private static readonly double[] Weekday =
        [0.15, 0.10, 0.08, 0.07, 0.08, 0.15, 0.35, 0.70, 1.20, 1.60, 1.85, 1.95, 1.60, 1.70, 1.80, 1.60, 1.35, 1.10, 0.80, 0.60, 0.50, 0.40, 0.30, 0.20];

    private static readonly double[] Weekend =
        [0.15, 0.10, 0.08, 0.07, 0.07, 0.08, 0.15, 0.30, 0.50, 0.75, 0.95, 1.05, 1.00, 1.05, 1.00, 0.90, 0.80, 0.70, 0.60, 0.50, 0.45, 0.35, 0.25, 0.20];

    /// <summary>Makes the week's mean factor 1, so the configured rate is the average rate.</summary>
    private static readonly double WeekMean = (Weekday.Sum() * 5 + Weekend.Sum() * 2) / (24 * 7);

    /// <summary>The factor at <paramref name="at"/>: the hour's share of traffic relative to the week's average hour.</summary>
    public static double Factor(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        var hours = utc.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Weekend : Weekday;
        return hours[utc.Hour] / WeekMean;
    }
}
