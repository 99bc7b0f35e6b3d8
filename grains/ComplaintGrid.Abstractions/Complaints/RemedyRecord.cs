namespace ComplaintGrid;

/// <summary>A proposed remedy.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Amount">Amount, if money.</param>
/// <param name="Description">Description.</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="ProposedAt">When.</param>
/// <param name="RequiresApproval">Whether a supervisor must approve it.</param>
[GenerateSerializer, Immutable, Alias("cg.RemedyRecord")]
public sealed record RemedyRecord(
    [property: Id(0)] RemedyKind Kind,
    [property: Id(1)] decimal? Amount,
    [property: Id(2)] string Description,
    [property: Id(3)] string ProposedBy,
    [property: Id(4)] DateTimeOffset ProposedAt,
    [property: Id(5)] bool RequiresApproval);
