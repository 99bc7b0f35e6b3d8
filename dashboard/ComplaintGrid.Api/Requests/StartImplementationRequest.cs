namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/start-implementation</c>.</summary>
public sealed record StartImplementationRequest(string? Actor, string? OnBehalfOf) : IActRequest<StartImplementation>
{
    public static string ActorField => "actor";

    string? IActRequest<StartImplementation>.NamedActor => Actor;

    public StartImplementation ToCommand(string actor) => new(actor);
}
