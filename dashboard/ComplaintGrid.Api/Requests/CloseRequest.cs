namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/close</c>.</summary>
public sealed record CloseRequest(string? Actor, string? Lessons, string? PreventionAction, string? Verification, string? OnBehalfOf) : IActRequest<CloseComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<CloseComplaint>.NamedActor => Actor;

    public CloseComplaint ToCommand(string actor) => new(actor, Lessons, PreventionAction, Verification);
}
