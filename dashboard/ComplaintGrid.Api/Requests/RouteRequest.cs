namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/route</c>.</summary>
public sealed record RouteRequest(string? Actor, string? DepartmentId, string? OnBehalfOf) : IActRequest<RouteComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<RouteComplaint>.NamedActor => Actor;

    public RouteComplaint ToCommand(string actor) => new(actor, DepartmentId);
}
