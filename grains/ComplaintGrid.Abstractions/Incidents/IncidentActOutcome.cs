namespace ComplaintGrid;

/// <summary>What an act on every member of an incident did to each.</summary>
/// <param name="Incident">The incident after the act.</param>
/// <param name="Done">The members the act reached.</param>
/// <param name="NotDone">The members it could not reach, each with why (their status does not allow it).</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentActOutcome")]
public sealed record IncidentActOutcome(
    [property: Id(0)] IncidentView Incident,
    [property: Id(1)] IReadOnlyList<string> Done,
    [property: Id(2)] IReadOnlyList<IncidentMemberLeft> NotDone);

/// <summary>A member an incident act left as it was.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Status">Its status.</param>
/// <param name="Reason">Why it was left.</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentMemberLeft")]
public sealed record IncidentMemberLeft(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] ComplaintStatus Status,
    [property: Id(2)] string Reason);
