namespace ComplaintGrid;

/// <summary>Routes an upheld complaint to the responsible department.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="DepartmentId">The department; when absent the routing table picks it by category.</param>
[GenerateSerializer, Immutable, Alias("cg.RouteComplaint")]
public sealed record RouteComplaint(
    [property: Id(0)] string Actor,
    [property: Id(1)] string? DepartmentId);
