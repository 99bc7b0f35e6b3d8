namespace ComplaintGrid;

/// <summary>What the CRM knows of a customer that bears on churn risk.</summary>
/// <param name="CustomerSince">Start of the relationship.</param>
/// <param name="ValueTier">Value tier.</param>
[GenerateSerializer, Immutable, Alias("cg.CustomerProfile")]
public sealed record CustomerProfile(
    [property: Id(0)] DateTimeOffset? CustomerSince,
    [property: Id(1)] ValueTier ValueTier);
