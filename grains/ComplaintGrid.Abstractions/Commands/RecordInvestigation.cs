namespace ComplaintGrid;

/// <summary>Records the root cause and the accountable owner; product-quality complaints carry the 8D record.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="RootCause">The root cause found.</param>
/// <param name="AccountableOwner">Who is accountable for the cause (person or unit).</param>
/// <param name="EightD">The 8D record (required for product-quality complaints).</param>
[GenerateSerializer, Immutable, Alias("cg.RecordInvestigation")]
public sealed record RecordInvestigation(
    [property: Id(0)] string Actor,
    [property: Id(1)] string RootCause,
    [property: Id(2)] string AccountableOwner,
    [property: Id(3)] EightDReport? EightD);
