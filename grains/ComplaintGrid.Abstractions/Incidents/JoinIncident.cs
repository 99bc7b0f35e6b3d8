namespace ComplaintGrid;

/// <summary>Joins a complaint to an incident by hand.</summary>
/// <param name="Actor">Who joins it.</param>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Reason">Why it is the same cause; required when the complaint is of another department.</param>
[GenerateSerializer, Immutable, Alias("cg.JoinIncident")]
public sealed record JoinIncident(
    [property: Id(0)] string Actor,
    [property: Id(1)] string ComplaintId,
    [property: Id(2)] string? Reason);
