namespace ComplaintGrid.Domain.BadFaith;

/// <summary>A raised bad-faith flag: when, and the reasons it holds.</summary>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="Reasons">Its reasons, as of the last evaluation that held.</param>
[GenerateSerializer, Immutable, Alias("cg.BadFaithFlag")]
public sealed record BadFaithFlag(
    [property: Id(0)] DateTimeOffset RaisedAt,
    [property: Id(1)] IReadOnlyList<BadFaithReason> Reasons);
