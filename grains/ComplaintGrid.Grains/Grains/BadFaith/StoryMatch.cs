namespace ComplaintGrid.Grains.BadFaith;

/// <summary>A complaint the story index remembers that told nearly the same story.</summary>
/// <param name="CustomerId">Who told it.</param>
/// <param name="ComplaintId">Under which complaint.</param>
/// <param name="Similarity">How alike, 0 to 1.</param>
[GenerateSerializer, Immutable, Alias("cg.StoryMatch")]
internal sealed record StoryMatch(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string ComplaintId,
    [property: Id(2)] double Similarity);
