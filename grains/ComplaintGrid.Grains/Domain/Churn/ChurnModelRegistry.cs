namespace ComplaintGrid.Domain.Churn;

/// <summary>
/// The rules of the churn model registry: keeps outcomes, fits a candidate on the training customers, compares it with
/// the current model on the held-out ones, and adopts it only when it ranks them better. The grain stores and serves.
/// </summary>
public sealed class ChurnModelRegistry(ChurnModelState state, ChurnLearningOptions options)
{
    /// <summary>How many replaced models are kept: enough to go back a few fits and to see the trend.</summary>
    public const int KeptPrevious = 20;

    /// <summary>The version prefix; the number follows (<c>churn-v2</c>).</summary>
    public const string VersionPrefix = "churn-v";

    private HashSet<(string, CustomerOutcome, DateTimeOffset)>? _kept;

    public ChurnModelState State => state;

    /// <summary>The weights that score now.</summary>
    public ChurnWeights CurrentWeights() => state.Current is { } fitted ? ChurnWeights.From(fitted) : ChurnWeights.HandSet;

    public ChurnModelView CurrentView() =>
        state.Current ?? ChurnWeights.HandSet.ToView(fitted: false, state.HandSetAuc, trainingOutcomes: 0, adoptedAt: null);

    public ChurnModels Models() => new(CurrentView(), state.Previous.ToArray(), state.Outcomes.Count);

    /// <summary>Keeps an outcome; false when the same one is already kept. The oldest go past <see cref="ChurnLearningOptions.MaxOutcomes"/>.</summary>
    public bool Keep(CustomerOutcomeRecord outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _kept ??= [.. state.Outcomes.Select(Key)];
        if (!_kept.Add(Key(outcome)))
            return false;
        state.Outcomes.Add(outcome);
        var excess = state.Outcomes.Count - options.MaxOutcomes;
        if (excess > 0)
        {
            foreach (var dropped in state.Outcomes.Take(excess))
                _kept.Remove(Key(dropped));
            state.Outcomes.RemoveRange(0, excess);
        }
        return true;
    }

    /// <summary>
    /// Fits a candidate and adopts it when its held-out AUC beats the current model's; the replaced model goes to the
    /// front of <see cref="ChurnModelState.Previous"/>. Refuses (<see cref="ErrorCodes.TooFewOutcomes"/>) and changes
    /// nothing when there are too few outcomes or either side of the split lacks a kind.
    /// </summary>
    public ChurnFitResult Fit(DateTimeOffset now)
    {
        var training = new List<double[]>();
        var trainingChurned = new List<bool>();
        var heldOut = new List<double[]>();
        var heldOutChurned = new List<bool>();
        foreach (var outcome in state.Outcomes)
        {
            var held = HeldOutSplit.IsHeldOut(outcome.CustomerId, options.HeldOutPercent);
            (held ? heldOut : training).Add(ChurnModel.CappedValues(outcome.Features));
            (held ? heldOutChurned : trainingChurned).Add(outcome.Churned);
        }
        CheckEnough(training.Count + heldOut.Count, trainingChurned, heldOutChurned);

        var version = VersionPrefix + (state.LastVersionNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var candidate = ChurnModelFitter.Fit(training, trainingChurned, options.L2Penalty, version);
        var current = CurrentWeights();
        var candidateAuc = Math.Round(AucOn(candidate, heldOut, heldOutChurned), 4);
        var currentAuc = Math.Round(AucOn(current, heldOut, heldOutChurned), 4);
        var adopted = candidateAuc > currentAuc;
        var candidateView = candidate.ToView(fitted: true, candidateAuc, training.Count, adopted ? now : null);
        if (adopted)
        {
            var replaced = CurrentView() with { HeldOutAuc = currentAuc };
            state.Previous.Insert(0, replaced);
            if (state.Previous.Count > KeptPrevious)
                state.Previous.RemoveRange(KeptPrevious, state.Previous.Count - KeptPrevious);
            state.Current = candidateView;
            state.LastVersionNumber++;
        }
        else if (state.Current is null)
        {
            state.HandSetAuc = currentAuc;
        }
        return new ChurnFitResult(adopted, version, candidateAuc, current.Version, currentAuc, training.Count, heldOut.Count,
            trainingChurned.Count(c => c) + heldOutChurned.Count(c => c), candidateView);
    }

    /// <summary>The AUC of <paramref name="model"/> ranking the outcomes <paramref name="capped"/> by their log-odds.</summary>
    public static double AucOn(ChurnWeights model, IReadOnlyList<double[]> capped, IReadOnlyList<bool> churned)
    {
        ArgumentNullException.ThrowIfNull(capped);
        var scores = new double[capped.Count];
        for (var i = 0; i < scores.Length; i++)
            scores[i] = ChurnModel.LogOdds(capped[i], model);
        return ChurnAuc.Of(scores, churned);
    }

    private void CheckEnough(int total, List<bool> training, List<bool> heldOut)
    {
        var min = options.MinimumOutcomes;
        if (total < min)
            throw TooFew($"A fit needs at least {min} recorded outcomes (there are {total}).");
        if (!training.Contains(true) || !training.Contains(false))
            throw TooFew("A fit needs both outcomes that count as churn (left, downgraded) and stayed among the training customers.");
        if (!heldOut.Contains(true) || !heldOut.Contains(false))
            throw TooFew("A fit needs both outcomes that count as churn (left, downgraded) and stayed among the held-out customers.");
    }

    private static ComplaintGridException TooFew(string message) => new(ErrorCodes.TooFewOutcomes, "outcomes", message + " Nothing was changed.");

    private static (string, CustomerOutcome, DateTimeOffset) Key(CustomerOutcomeRecord o) => (o.CustomerId, o.Outcome, o.At);
}
