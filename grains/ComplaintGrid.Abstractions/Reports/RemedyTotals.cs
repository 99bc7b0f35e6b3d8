namespace ComplaintGrid;

/// <summary>Remedies of the complaints closed in a period.</summary>
/// <param name="Count">Complaints closed with a remedy.</param>
/// <param name="Amount">Their money remedies added up (exact).</param>
[GenerateSerializer, Immutable, Alias("cg.RemedyTotals")]
public sealed record RemedyTotals(
    [property: Id(0)] int Count,
    [property: Id(1)] decimal Amount);
