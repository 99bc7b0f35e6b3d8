using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/propose-remedy</c>.</summary>
public sealed record ProposeRemedyRequest(string? Actor, [property: Required] RemedyKind? Kind, decimal? Amount, [property: Required] string? Description, string? OnBehalfOf)
    : IActRequest<ProposeRemedy>
{
    public static string ActorField => "actor";

    string? IActRequest<ProposeRemedy>.NamedActor => Actor;

    public ProposeRemedy ToCommand(string actor)
    {
        var check = new RuleCheck();
        RequestRules.Present(check, "kind", Kind);
        check.ThrowIfAny();
        return new ProposeRemedy(actor, Kind!.Value, Amount, Description!);
    }
}
