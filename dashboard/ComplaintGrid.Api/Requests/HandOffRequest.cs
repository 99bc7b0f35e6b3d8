using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/hand-off</c>.</summary>
public sealed record HandOffRequest(string? Actor, [property: Required] string? ToDepartmentId, [property: Required] string? Reason, string? OnBehalfOf) : IActRequest<HandOffComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<HandOffComplaint>.NamedActor => Actor;

    public HandOffComplaint ToCommand(string actor) => new(actor, ToDepartmentId!, Reason!);
}
