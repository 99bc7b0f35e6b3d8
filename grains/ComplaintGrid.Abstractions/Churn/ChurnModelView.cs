namespace ComplaintGrid;

/// <summary>A version of the churn model: score = 100 / (1 + e^-(intercept + Σ weight × capped value)).</summary>
/// <param name="Version"><c>churn-v1</c> is the hand-set model; fitted ones are <c>churn-v2</c>, <c>churn-v3</c>, ….</param>
/// <param name="Intercept">The log-odds of a customer with every factor at 0.</param>
/// <param name="Weights">Every factor's weight, in the model's factor order.</param>
/// <param name="Fitted">False for the hand-set model.</param>
/// <param name="HeldOutAuc">Its AUC on the held-out outcomes of the fit that adopted it (or, for the model it replaced, of that fit); null when never measured.</param>
/// <param name="TrainingOutcomes">How many outcomes it was fitted to; 0 for the hand-set model.</param>
/// <param name="AdoptedAt">When it became the current model; null for the hand-set model, current from the start.</param>
[GenerateSerializer, Immutable, Alias("cg.ChurnModelView")]
public sealed record ChurnModelView(
    [property: Id(0)] string Version,
    [property: Id(1)] double Intercept,
    [property: Id(2)] IReadOnlyList<ChurnModelWeight> Weights,
    [property: Id(3)] bool Fitted,
    [property: Id(4)] double? HeldOutAuc,
    [property: Id(5)] int TrainingOutcomes,
    [property: Id(6)] DateTimeOffset? AdoptedAt);
