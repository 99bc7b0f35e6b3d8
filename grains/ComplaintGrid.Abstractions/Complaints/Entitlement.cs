namespace ComplaintGrid;

/// <summary>The entitlement that set a complaint's allowances at filing, from the customer's value tier.</summary>
/// <param name="Tier">The customer's value tier when the complaint was filed.</param>
/// <param name="Factor">The tier's factor on the allowances, when it has one (0.5 halves them).</param>
/// <param name="Overridden">Whether the tier sets one or more of this severity's allowances outright.</param>
[GenerateSerializer, Immutable, Alias("cg.Entitlement")]
public sealed record Entitlement(
    [property: Id(0)] ValueTier Tier,
    [property: Id(1)] double? Factor,
    [property: Id(2)] bool Overridden);
