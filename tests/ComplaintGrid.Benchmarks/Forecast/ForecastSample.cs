namespace ComplaintGrid.Benchmarks.Forecast;

/// <summary>One department's breach forecast as read at <see cref="At"/>, and the breaches observed over its horizon.</summary>
/// <param name="At">When it was read (the silo's clock, which is real time here).</param>
/// <param name="DepartmentId">The department.</param>
/// <param name="Expected">The forecast's expected breaches.</param>
/// <param name="Previous">Breaches observed in the horizon before <paramref name="At"/>: the naive forecast it is compared with.</param>
internal sealed record ForecastSample(DateTimeOffset At, string DepartmentId, double Expected, int Previous)
{
    /// <summary>Breaches observed in (<see cref="At"/>, <see cref="At"/> + horizon], once the horizon has passed.</summary>
    public int Actual { get; set; }
}
