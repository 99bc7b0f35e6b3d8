using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/investigation</c>.</summary>
public sealed record RecordInvestigationRequest(string? Actor, [property: Required] string? RootCause, [property: Required] string? AccountableOwner, EightDReport? EightD, string? OnBehalfOf) : IActRequest<RecordInvestigation>
{
    public static string ActorField => "actor";

    string? IActRequest<RecordInvestigation>.NamedActor => Actor;

    public RecordInvestigation ToCommand(string actor) => new(actor, RootCause!, AccountableOwner!, EightD);
}
