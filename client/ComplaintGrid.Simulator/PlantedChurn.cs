namespace ComplaintGrid.Simulator;

/// <summary>
/// The churn behaviour the simulator plants, the answer key a fitted churn model is measured against: once a customer's
/// complaint is closed they stay, leave or downgrade with log-odds set by how the complaint was handled. The product
/// never sees these weights; it sees the outcomes, and the customer's history as its own churn factors describe it.
/// </summary>
public static class PlantedChurn
{
    /// <summary>A customer whose complaint was handled unremarkably churns about one time in four.</summary>
    public const double Intercept = -1.1;

    /// <summary>Each of the complaint's deadlines that was breached.</summary>
    public const double PerBreach = 1.2;

    /// <summary>The complaint was not upheld: the customer feels unheard.</summary>
    public const double NotUpheld = 0.9;

    /// <summary>The resolution took longer than <see cref="LongResolution"/> of the complaint's resolution allowance.</summary>
    public const double LongResolutionWeight = 0.8;

    /// <summary>The customer said the (first) resolution did not satisfy them.</summary>
    public const double Unsatisfied = 1.8;

    /// <summary>Resolved within its deadline to the customer's satisfaction, at the first attempt.</summary>
    public const double GoodResolution = -2.2;

    /// <summary>A resolution that used more than this share of its allowance counts as long.</summary>
    public const double LongResolution = 0.8;

    /// <summary>Of customers who churn, this share leave; the rest downgrade.</summary>
    public const double LeaveShare = 0.75;

    /// <summary>The log-odds that the customer churns after <paramref name="closed"/>.</summary>
    public static double LogOdds(ComplaintView closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var z = Intercept;
        var breaches = closed.Clocks.Count(c => c.Met == false || c.Level >= EscalationLevel.Breached);
        z += PerBreach * breaches;
        if (closed.Classification is { Upheld: false })
            z += NotUpheld;
        var resolution = closed.Clocks.FirstOrDefault(c => c.Kind == ClockKind.Resolution);
        if (resolution is not null && resolution.Allowance > TimeSpan.Zero && resolution.Elapsed > resolution.Allowance * LongResolution)
            z += LongResolutionWeight;
        var unsatisfied = closed.ReopenCount > 0 || closed.Feedback is { Satisfied: false };
        if (unsatisfied)
            z += Unsatisfied;
        else if (closed.Feedback is { Satisfied: true } && breaches == 0 && closed.Classification is not { Upheld: false })
            z += GoodResolution;
        return z;
    }

    /// <summary>Draws the outcome from <see cref="LogOdds"/> with two uniform draws in [0, 1).</summary>
    public static CustomerOutcome Draw(ComplaintView closed, double churnDraw, double leaveDraw)
    {
        var churns = churnDraw < 1 / (1 + Math.Exp(-LogOdds(closed)));
        if (!churns)
            return CustomerOutcome.Stayed;
        return leaveDraw < LeaveShare ? CustomerOutcome.Left : CustomerOutcome.Downgraded;
    }
}
