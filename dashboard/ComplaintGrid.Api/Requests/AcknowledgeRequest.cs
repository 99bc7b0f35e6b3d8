using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/acknowledge</c>.</summary>
public sealed record AcknowledgeRequest(string? Actor, [property: Required] string? Message, string? OnBehalfOf) : IActRequest<AcknowledgeComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<AcknowledgeComplaint>.NamedActor => Actor;

    public AcknowledgeComplaint ToCommand(string actor) => new(actor, Message!);
}
