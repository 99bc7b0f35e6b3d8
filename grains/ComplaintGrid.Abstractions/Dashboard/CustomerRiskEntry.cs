namespace ComplaintGrid;

/// <summary>A customer's churn risk as the dashboard's "most at risk" board shows it.</summary>
/// <param name="CustomerId">Customer.</param>
/// <param name="Score">Churn-risk score, 0 to 100.</param>
/// <param name="PreviousScore">The score before the last event (the trend).</param>
/// <param name="TopFactors">The factors that moved the score most, either way, largest first.</param>
/// <param name="OpenComplaints">Complaints open now.</param>
/// <param name="ComputedAt">When the score was computed.</param>
/// <param name="LoweringFactors">Every factor that lowers the score (a negative contribution), most first, whether or not
/// it is among <paramref name="TopFactors"/>; null on entries made before ComplaintGrid carried them.</param>
[GenerateSerializer, Immutable, Alias("cg.CustomerRiskEntry")]
public sealed record CustomerRiskEntry(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] double Score,
    [property: Id(2)] double? PreviousScore,
    [property: Id(3)] IReadOnlyList<ChurnFactor> TopFactors,
    [property: Id(4)] int OpenComplaints,
    [property: Id(5)] DateTimeOffset ComputedAt,
    [property: Id(6)] IReadOnlyList<ChurnFactor>? LoweringFactors = null);
