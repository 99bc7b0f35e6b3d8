namespace ComplaintGrid;

/// <summary>A supervisor clears a customer's bad-faith flag, saying why.</summary>
/// <param name="Actor">The supervisor.</param>
/// <param name="Reason">Why the pattern is not bad faith; required.</param>
[GenerateSerializer, Immutable, Alias("cg.ClearBadFaith")]
public sealed record ClearBadFaith(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Reason);
