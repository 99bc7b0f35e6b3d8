using ComplaintGrid.Domain.Churn;

namespace ComplaintGrid.Grains.Churn;

/// <summary>
/// This silo's copy of the current churn model, read by every customer on every rescore: a field read, not a grain call.
/// The registry sets it where it runs when it adopts a model; <see cref="ChurnModelRefresh"/> keeps the other silos' copies
/// within a refresh period of it.
/// </summary>
public sealed class CurrentChurnModel
{
    private volatile ChurnWeights _weights = ChurnWeights.HandSet;

    public ChurnWeights Weights => _weights;

    public void Set(ChurnWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights;
    }
}
