using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/escalate</c>.</summary>
public sealed record EscalateRequest(string? RequestedBy, [property: Required] string? Reason, string? OnBehalfOf) : IActRequest<RequestEscalation>
{
    public static string ActorField => "requestedBy";

    string? IActRequest<RequestEscalation>.NamedActor => RequestedBy;

    public RequestEscalation ToCommand(string actor) => new(actor, Reason!);
}
