namespace ComplaintGrid;

/// <summary>One recorded outcome of a customer, with their churn features as they stood when it was recorded.</summary>
/// <param name="CustomerId">Customer.</param>
/// <param name="Outcome">What they did.</param>
/// <param name="At">When they did it.</param>
/// <param name="RecordedAt">When it was recorded; the features are as of this instant.</param>
/// <param name="Features">The churn model's inputs by factor name (before capping), as the customer's history gave them then.</param>
/// <param name="ScoreAtRecording">The churn-risk score the current model gave then (0 to 100).</param>
/// <param name="ModelVersion">The version of that model.</param>
[GenerateSerializer, Immutable, Alias("cg.CustomerOutcomeRecord")]
public sealed record CustomerOutcomeRecord(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] CustomerOutcome Outcome,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] DateTimeOffset RecordedAt,
    [property: Id(4)] IReadOnlyDictionary<string, double> Features,
    [property: Id(5)] double ScoreAtRecording,
    [property: Id(6)] string ModelVersion)
{
    /// <summary>Whether the outcome counts as churn when a model is fitted: left or downgraded.</summary>
    public bool Churned => Outcome is CustomerOutcome.Left or CustomerOutcome.Downgraded;
}
