namespace ComplaintGrid;

/// <summary>One factor's weight on the log-odds of churn in a churn model.</summary>
/// <param name="Name">Factor name, as in a score's factors.</param>
/// <param name="Weight">Its weight.</param>
[GenerateSerializer, Immutable, Alias("cg.ChurnModelWeight")]
public sealed record ChurnModelWeight(
    [property: Id(0)] string Name,
    [property: Id(1)] double Weight);
