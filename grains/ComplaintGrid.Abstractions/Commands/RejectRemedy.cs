namespace ComplaintGrid;

/// <summary>A supervisor rejects the proposed remedy; the department proposes another.</summary>
/// <param name="Supervisor">The rejecting supervisor's id.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Immutable, Alias("cg.RejectRemedy")]
public sealed record RejectRemedy(
    [property: Id(0)] string Supervisor,
    [property: Id(1)] string Reason);
