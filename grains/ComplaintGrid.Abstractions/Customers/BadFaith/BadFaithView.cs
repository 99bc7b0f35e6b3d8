namespace ComplaintGrid;

/// <summary>A customer's bad-faith pattern flag, for supervisors only.</summary>
/// <param name="CustomerId">Customer.</param>
/// <param name="Flagged">Whether the flag is raised now.</param>
/// <param name="RaisedAt">When it was raised; null when not flagged.</param>
/// <param name="Reasons">While flagged, the reasons it was raised with (updated as facts grow); otherwise the reasons
/// that hold now, which were not enough to raise it or were cleared.</param>
/// <param name="Links">Other customers' complaints that told nearly the same story as this customer's, newest first.</param>
/// <param name="LastClearance">The last time a supervisor cleared the flag, if ever.</param>
[GenerateSerializer, Immutable, Alias("cg.BadFaithView")]
public sealed record BadFaithView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] bool Flagged,
    [property: Id(2)] DateTimeOffset? RaisedAt,
    [property: Id(3)] IReadOnlyList<BadFaithReason> Reasons,
    [property: Id(4)] IReadOnlyList<StoryLink> Links,
    [property: Id(5)] BadFaithClearance? LastClearance);
