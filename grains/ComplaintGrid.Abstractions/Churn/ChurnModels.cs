namespace ComplaintGrid;

/// <summary>The churn model registry: the model that scores now, and the ones it replaced, newest first.</summary>
/// <param name="Current">The model every score is computed with.</param>
/// <param name="Previous">Models it replaced, newest first.</param>
/// <param name="Outcomes">Outcomes recorded so far, available to the next fit.</param>
[GenerateSerializer, Immutable, Alias("cg.ChurnModels")]
public sealed record ChurnModels(
    [property: Id(0)] ChurnModelView Current,
    [property: Id(1)] IReadOnlyList<ChurnModelView> Previous,
    [property: Id(2)] int Outcomes);
