namespace ComplaintGrid;

/// <summary>The remedy is implemented and the customer told; waits for their feedback.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="CustomerMessage">What the customer was told.</param>
[GenerateSerializer, Immutable, Alias("cg.ResolveComplaint")]
public sealed record ResolveComplaint(
    [property: Id(0)] string Actor,
    [property: Id(1)] string CustomerMessage);
