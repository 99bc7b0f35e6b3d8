using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/hold</c>.</summary>
public sealed record PutOnHoldRequest(string? Actor, [property: Required] string? Reason, string? OnBehalfOf) : IActRequest<PutOnHold>
{
    public static string ActorField => "actor";

    string? IActRequest<PutOnHold>.NamedActor => Actor;

    public PutOnHold ToCommand(string actor) => new(actor, Reason!);
}
