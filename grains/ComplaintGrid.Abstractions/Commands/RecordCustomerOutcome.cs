namespace ComplaintGrid;

/// <summary>Records what a customer did (stayed, left, downgraded) and when: an outcome a churn model is fitted to.</summary>
/// <param name="Outcome">What they did.</param>
/// <param name="At">When they did it; not in the future; null for now (the cluster's clock).</param>
[GenerateSerializer, Immutable, Alias("cg.RecordCustomerOutcome")]
public sealed record RecordCustomerOutcome(
    [property: Id(0)] CustomerOutcome Outcome,
    [property: Id(1)] DateTimeOffset? At = null);
