using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/start-investigation</c>.</summary>
public sealed record StartInvestigationRequest(string? Actor, [property: Required] string? OwnerAgentId, string? OnBehalfOf) : IActRequest<StartInvestigation>
{
    public static string ActorField => "actor";

    string? IActRequest<StartInvestigation>.NamedActor => Actor;

    public StartInvestigation ToCommand(string actor) => new(actor, OwnerAgentId!);
}
