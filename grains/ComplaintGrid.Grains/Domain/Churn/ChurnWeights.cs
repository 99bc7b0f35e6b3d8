namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// One version of the churn model's numbers: an intercept and a weight for each of <see cref="ChurnModel.Factors"/>,
/// in that order. The hand-set version is <see cref="HandSet"/>; fitted ones come from the model registry.
/// </summary>
public sealed class ChurnWeights
{
    private readonly double[] _weights;

    public ChurnWeights(string version, double intercept, IReadOnlyList<double> weights)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != ChurnModel.Factors.Count)
            throw new ArgumentException($"A churn model has {ChurnModel.Factors.Count} weights (got {weights.Count}).", nameof(weights));
        Version = version;
        Intercept = intercept;
        _weights = [.. weights];
    }

    /// <summary>The judgement-set weights of <see cref="ChurnModel.Version"/>, current until a fitted model is adopted.</summary>
    public static ChurnWeights HandSet { get; } = new(ChurnModel.Version, ChurnModel.Intercept, [.. ChurnModel.Factors.Select(f => f.Weight)]);

    public string Version { get; }

    public double Intercept { get; }

    /// <summary>Weights in <see cref="ChurnModel.Factors"/> order.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The weight of factor <paramref name="index"/> of <see cref="ChurnModel.Factors"/>.</summary>
    public double this[int index] => _weights[index];

    /// <summary>The weights a registry view names; a factor it does not name weighs 0 (a model older than the factor).</summary>
    public static ChurnWeights From(ChurnModelView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var byName = view.Weights.ToDictionary(w => w.Name, w => w.Weight, StringComparer.Ordinal);
        return new ChurnWeights(view.Version, view.Intercept, [.. ChurnModel.Factors.Select(f => byName.GetValueOrDefault(f.Name))]);
    }

    /// <summary>The registry's view of these weights.</summary>
    public ChurnModelView ToView(bool fitted, double? heldOutAuc, int trainingOutcomes, DateTimeOffset? adoptedAt) => new(
        Version, Math.Round(Intercept, 6),
        [.. ChurnModel.Factors.Select((f, i) => new ChurnModelWeight(f.Name, Math.Round(_weights[i], 6)))],
        fitted, heldOutAuc, trainingOutcomes, adoptedAt);
}
