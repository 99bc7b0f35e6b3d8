namespace ComplaintGrid;

/// <summary>Another customer's complaint that told nearly the same story as one of this customer's.</summary>
/// <param name="ComplaintId">This customer's complaint.</param>
/// <param name="OtherCustomerId">The other customer.</param>
/// <param name="OtherComplaintId">Their complaint.</param>
/// <param name="Similarity">How alike the two descriptions are, 0 to 1 (Jaccard of three-word runs).</param>
/// <param name="At">When the link was found.</param>
[GenerateSerializer, Immutable, Alias("cg.StoryLink")]
public sealed record StoryLink(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string OtherCustomerId,
    [property: Id(2)] string OtherComplaintId,
    [property: Id(3)] double Similarity,
    [property: Id(4)] DateTimeOffset At);
