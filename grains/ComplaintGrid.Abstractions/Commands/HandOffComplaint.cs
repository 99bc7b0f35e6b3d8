namespace ComplaintGrid;

/// <summary>Hands a complaint from its department to another, recorded and visible; the second hand-off flags ping-pong.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="ToDepartmentId">The receiving department.</param>
/// <param name="Reason">Why it is handed off.</param>
[GenerateSerializer, Immutable, Alias("cg.HandOffComplaint")]
public sealed record HandOffComplaint(
    [property: Id(0)] string Actor,
    [property: Id(1)] string ToDepartmentId,
    [property: Id(2)] string Reason);
