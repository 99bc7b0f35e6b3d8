namespace ComplaintGrid;

/// <summary>One page of search results, newest filing first.</summary>
/// <param name="Items">The complaints on the page.</param>
/// <param name="HasMore">Whether more complaints match after the last one on this page.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintSearchPage")]
public sealed record ComplaintSearchPage(
    [property: Id(0)] IReadOnlyList<ComplaintSearchHit> Items,
    [property: Id(1)] bool HasMore);
