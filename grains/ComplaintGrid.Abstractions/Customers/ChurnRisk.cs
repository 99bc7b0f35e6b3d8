namespace ComplaintGrid;

/// <summary>A churn-risk score that explains itself.</summary>
/// <param name="Score">0 to 100.</param>
/// <param name="PreviousScore">The score before the last event.</param>
/// <param name="ModelVersion">The scoring function's version.</param>
/// <param name="TopFactors">The factors that moved the score most, largest first.</param>
/// <param name="ComputedAt">When it was computed.</param>
[GenerateSerializer, Immutable, Alias("cg.ChurnRisk")]
public sealed record ChurnRisk(
    [property: Id(0)] double Score,
    [property: Id(1)] double? PreviousScore,
    [property: Id(2)] string ModelVersion,
    [property: Id(3)] IReadOnlyList<ChurnFactor> TopFactors,
    [property: Id(4)] DateTimeOffset ComputedAt);
