namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// The churn-risk scoring function: a logistic model over documented factors, score = 100 / (1 + e^-(intercept +
/// Σ weight × value)). The factors are fixed here; their weights are a <see cref="ChurnWeights"/>: version
/// <see cref="Version"/> is set by judgement from the figures in docs/domain.md, later versions are fitted to recorded
/// outcomes (<see cref="ChurnModelFitter"/>). The overloads without weights score with the hand-set ones.
/// </summary>
public static class ChurnModel
{
    /// <summary>The hand-set model's version.</summary>
    public const string Version = "churn-v1";

    /// <summary>A customer with no complaint on record scores about 5: most customers who leave never complain.</summary>
    public const double Intercept = -3.0;

    /// <summary>How many factors a score shows as its explanation.</summary>
    public const int TopFactorCount = 5;

    /// <summary>The factors: name, weight, cap on the value, and what the factor means.</summary>
    public static readonly IReadOnlyList<ChurnFactorDefinition> Factors =
    [
        new("recentComplaints", 0.35, 10, "Complaints filed in the last 90 days", f => f.RecentComplaints),
        new("openComplaints", 0.45, 5, "Complaints still open", f => f.OpenComplaints),
        new("breaches", 0.50, 10, "Deadlines breached on their complaints in the last 90 days", f => f.Breaches),
        new("reopens", 0.70, 5, "Resolutions they were not satisfied with (reopened)", f => f.Reopens),
        new("repeatComplaints", 0.60, 5, "Complaints about something they complained about before", f => f.RepeatComplaints),
        new("openSeverity", 0.30, 4, "Severity of their most serious open complaint (0 none, 1 low … 4 critical)", f => f.OpenSeverity),
        new("venting", 0.40, 5, "Complaints assessed as venting or anger in the last 90 days", f => f.Venting),
        new("recency", 0.80, 1, "How recent the last complaint is (1 today, halving about every three weeks)", f => f.Recency),
        new("tenureYears", -0.15, 10, "Years as a customer", f => f.TenureYears),
        new("valueTier", -0.10, 4, "Value tier (0 unknown … 4 platinum)", f => f.ValueTier),
        new("goodResolutions", -0.60, 5, "Complaints resolved within deadline to their satisfaction in the last 90 days", f => f.GoodResolutions),
    ];

    public static ChurnRisk Score(ChurnFeatures features, double? previousScore, DateTimeOffset now) =>
        Score(features, previousScore, now, ChurnWeights.HandSet);

    /// <summary>The score of <paramref name="features"/> under <paramref name="model"/>, with its top factors and the model's version.</summary>
    public static ChurnRisk Score(ChurnFeatures features, double? previousScore, DateTimeOffset now, ChurnWeights model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var z = model.Intercept;
        var contributions = new List<ChurnFactor>(Factors.Count);
        for (var i = 0; i < Factors.Count; i++)
        {
            var factor = Factors[i];
            var value = Math.Clamp(factor.Value(features), 0, factor.Cap);
            var contribution = model[i] * value;
            z += contribution;
            if (contribution != 0)
                contributions.Add(new ChurnFactor(factor.Name, Math.Round(value, 3), model[i], Math.Round(contribution, 3), factor.Description));
        }
        var score = Logistic(z);
        // Scored on every change of a customer: a sort in place, not a LINQ pipeline.
        contributions.Sort(ByWeightOfContribution);
        if (contributions.Count > TopFactorCount)
            contributions.RemoveRange(TopFactorCount, contributions.Count - TopFactorCount);
        return new ChurnRisk(score, previousScore, model.Version, contributions.ToArray(), now);
    }

    /// <summary>
    /// Every factor that lowers the score of <paramref name="features"/> (a negative contribution: tenure, value, good
    /// resolutions), most first. <see cref="Score(ChurnFeatures, double?, DateTimeOffset)"/>'s top factors may leave them
    /// out behind larger raising ones; the at-risk board shows them apart, so a reader sees what keeps a customer as well
    /// as what drives them away.
    /// </summary>
    public static IReadOnlyList<ChurnFactor> LoweringFactors(ChurnFeatures features) => LoweringFactors(features, ChurnWeights.HandSet);

    /// <summary>The lowering factors under <paramref name="model"/>.</summary>
    public static IReadOnlyList<ChurnFactor> LoweringFactors(ChurnFeatures features, ChurnWeights model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var lowering = new List<ChurnFactor>();
        for (var i = 0; i < Factors.Count; i++)
        {
            var factor = Factors[i];
            var value = Math.Clamp(factor.Value(features), 0, factor.Cap);
            var contribution = model[i] * value;
            if (contribution < 0)
                lowering.Add(new ChurnFactor(factor.Name, Math.Round(value, 3), model[i], Math.Round(contribution, 3), factor.Description));
        }
        lowering.Sort(ByWeightOfContribution);
        return lowering;
    }

    /// <summary>The score alone, equal to <see cref="Score(ChurnFeatures, double?, DateTimeOffset)"/>'s: for rescoring on every event without building the explanation.</summary>
    public static double ScoreOf(ChurnFeatures features) => ScoreOf(features, ChurnWeights.HandSet);

    /// <summary>The score alone under <paramref name="model"/>.</summary>
    public static double ScoreOf(ChurnFeatures features, ChurnWeights model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var z = model.Intercept;
        for (var i = 0; i < Factors.Count; i++)
            z += model[i] * Math.Clamp(Factors[i].Value(features), 0, Factors[i].Cap);
        return Logistic(z);
    }

    /// <summary>The log-odds of churn for capped factor values (<see cref="CappedValues"/>): unrounded, for ranking outcomes.</summary>
    public static double LogOdds(ReadOnlySpan<double> capped, ChurnWeights model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var z = model.Intercept;
        for (var i = 0; i < Factors.Count; i++)
            z += model[i] * capped[i];
        return z;
    }

    /// <summary>Every factor's value by name, before capping: what an outcome records of the customer.</summary>
    public static Dictionary<string, double> FeatureValues(ChurnFeatures features)
    {
        var values = new Dictionary<string, double>(Factors.Count, StringComparer.Ordinal);
        foreach (var factor in Factors)
            values[factor.Name] = Math.Round(factor.Value(features), 6);
        return values;
    }

    /// <summary>The capped values, in factor order, of recorded feature values; a factor not recorded counts 0.</summary>
    public static double[] CappedValues(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var capped = new double[Factors.Count];
        for (var i = 0; i < Factors.Count; i++)
            capped[i] = Math.Clamp(values.GetValueOrDefault(Factors[i].Name), 0, Factors[i].Cap);
        return capped;
    }

    private static double Logistic(double z) => Math.Round(100.0 / (1.0 + Math.Exp(-z)), 1);

    /// <summary>Largest contribution (either sign) first; ties by name, so the explanation is stable.</summary>
    private static int ByWeightOfContribution(ChurnFactor a, ChurnFactor b)
    {
        var byContribution = Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution));
        return byContribution != 0 ? byContribution : string.CompareOrdinal(a.Name, b.Name);
    }
}
