namespace ComplaintGrid;

/// <summary>One complaint grouped under an incident.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="DepartmentId">Its department when it joined.</param>
/// <param name="JoinedAt">When it joined.</param>
/// <param name="JoinedBy">Who joined it by hand; null when detection did.</param>
/// <param name="Reason">Why it was joined by hand (required across departments); null when detection did.</param>
[GenerateSerializer, Immutable, Alias("cg.IncidentMember")]
public sealed record IncidentMember(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string DepartmentId,
    [property: Id(2)] DateTimeOffset JoinedAt,
    [property: Id(3)] string? JoinedBy = null,
    [property: Id(4)] string? Reason = null);
