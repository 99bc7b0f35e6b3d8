namespace ComplaintGrid.Simulator;

/// <summary>
/// A log-normal distribution of durations, given by its median and the spread of its logarithm: most handling is
/// quick, a long tail is slow, as contact-centre handling times are.
/// </summary>
/// <param name="Median">Half the draws are shorter.</param>
/// <param name="Sigma">Standard deviation of the logarithm; 0 draws the median every time.</param>
public readonly record struct LogNormal(TimeSpan Median, double Sigma)
{
    /// <summary>The distribution's mean: the median times e^(σ²/2).</summary>
    public TimeSpan Mean => Median * Math.Exp(Sigma * Sigma / 2);

    /// <summary>One draw, scaled by <paramref name="factor"/>.</summary>
    public TimeSpan Sample(Random random, double factor = 1)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Median * (factor * Math.Exp(Sigma * StandardNormal(random)));
    }

    /// <summary>Box–Muller: one standard normal draw from two uniform ones.</summary>
    internal static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
