using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/resolve</c>.</summary>
public sealed record ResolveRequest(string? Actor, [property: Required] string? CustomerMessage, string? OnBehalfOf) : IActRequest<ResolveComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<ResolveComplaint>.NamedActor => Actor;

    public ResolveComplaint ToCommand(string actor) => new(actor, CustomerMessage!);
}
