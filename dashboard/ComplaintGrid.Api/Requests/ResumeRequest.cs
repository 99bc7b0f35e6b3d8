namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/resume</c>.</summary>
public sealed record ResumeRequest(string? Actor, string? OnBehalfOf) : IActRequest<ResumeComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<ResumeComplaint>.NamedActor => Actor;

    public ResumeComplaint ToCommand(string actor) => new(actor);
}
