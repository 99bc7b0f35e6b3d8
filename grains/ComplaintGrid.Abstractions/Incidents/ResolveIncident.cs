namespace ComplaintGrid;

/// <summary>Records an incident's fixed cause and closes its members with one evaluation.</summary>
/// <param name="Actor">The supervisor.</param>
/// <param name="RootCause">What caused the burst.</param>
/// <param name="CustomerMessage">What each customer is told when their complaint is resolved by the fix.</param>
/// <param name="Lessons">What was learned (the evaluation).</param>
/// <param name="PreventionAction">What stops it recurring (the evaluation).</param>
/// <param name="Verification">How the correction was verified; required for product quality.</param>
[GenerateSerializer, Immutable, Alias("cg.ResolveIncident")]
public sealed record ResolveIncident(
    [property: Id(0)] string Actor,
    [property: Id(1)] string RootCause,
    [property: Id(2)] string CustomerMessage,
    [property: Id(3)] string Lessons,
    [property: Id(4)] string PreventionAction,
    [property: Id(5)] string? Verification);
