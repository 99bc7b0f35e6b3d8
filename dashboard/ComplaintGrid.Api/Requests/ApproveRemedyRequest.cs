namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/approve-remedy</c>.</summary>
public sealed record ApproveRemedyRequest(string? Supervisor, string? Note, string? OnBehalfOf) : IActRequest<ApproveRemedy>
{
    public static string ActorField => "supervisor";

    string? IActRequest<ApproveRemedy>.NamedActor => Supervisor;

    public ApproveRemedy ToCommand(string actor) => new(actor, Note);
}
