using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/reject-remedy</c>.</summary>
public sealed record RejectRemedyRequest(string? Supervisor, [property: Required] string? Reason, string? OnBehalfOf) : IActRequest<RejectRemedy>
{
    public static string ActorField => "supervisor";

    string? IActRequest<RejectRemedy>.NamedActor => Supervisor;

    public RejectRemedy ToCommand(string actor) => new(actor, Reason!);
}
