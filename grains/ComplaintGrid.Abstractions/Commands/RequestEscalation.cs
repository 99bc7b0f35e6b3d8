namespace ComplaintGrid;

/// <summary>The customer (or an agent on their behalf) asks for escalation; the escalation level rises one step.</summary>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Immutable, Alias("cg.RequestEscalation")]
public sealed record RequestEscalation(
    [property: Id(0)] string RequestedBy,
    [property: Id(1)] string Reason);
