namespace ComplaintGrid;

/// <summary>An incident: a burst of complaints about one cause, grouped.</summary>
/// <param name="Id">The incident id (INC-…).</param>
/// <param name="DepartmentId">The department its complaints were filed to.</param>
/// <param name="Category">The category its complaints share.</param>
/// <param name="Title">What the board shows: the shared reference, or the first complaint's words.</param>
/// <param name="Reference">The reference its complaints quote, when they share one.</param>
/// <param name="Status">Open or resolved.</param>
/// <param name="OpenedAt">When the burst reached the minimum count.</param>
/// <param name="Count">Member complaints.</param>
/// <param name="Growth">Members joined in the last window less those in the window before (see docs/incidents.md).</param>
/// <param name="Members">The member complaints, in the order they joined.</param>
/// <param name="RootCause">The cause recorded when resolved.</param>
/// <param name="ResolvedAt">When resolved.</param>
/// <param name="ResolvedBy">Who resolved it.</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentView")]
public sealed record IncidentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] Category Category,
    [property: Id(3)] string Title,
    [property: Id(4)] string? Reference,
    [property: Id(5)] IncidentStatus Status,
    [property: Id(6)] DateTimeOffset OpenedAt,
    [property: Id(7)] int Count,
    [property: Id(8)] int Growth,
    [property: Id(9)] IReadOnlyList<IncidentMember> Members,
    [property: Id(10)] string? RootCause,
    [property: Id(11)] DateTimeOffset? ResolvedAt,
    [property: Id(12)] string? ResolvedBy);
