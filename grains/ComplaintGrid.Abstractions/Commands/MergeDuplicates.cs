namespace ComplaintGrid;

/// <summary>
/// Merges complaints of the same customer into this one, their primary: each is closed as a duplicate
/// (<see cref="CloseOutcome.Duplicate"/>) with its customer told which complaint carries on; the primary stays as it is.
/// </summary>
/// <param name="Actor">Who does it: the lead or supervisor user id.</param>
/// <param name="Duplicates">The ids of the complaints to close as duplicates of this one.</param>
/// <param name="Reason">Why they are one complaint; shown on each duplicate's timeline.</param>
[GenerateSerializer, Immutable, Alias("cg.MergeDuplicates")]
public sealed record MergeDuplicates(
    [property: Id(0)] string Actor,
    [property: Id(1)] IReadOnlyList<string> Duplicates,
    [property: Id(2)] string? Reason = null)
{
    /// <summary>The most complaints one merge closes: a customer's duplicates are a handful, not a batch job.</summary>
    public const int MaximumDuplicates = 50;
}
