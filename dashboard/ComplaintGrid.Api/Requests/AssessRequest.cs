using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/assess</c>.</summary>
public sealed record AssessRequest(
    string? Actor,
    [property: Required] bool? Upheld,
    [property: Required] ComplaintType? Type,
    [property: Required] Cause? Cause,
    string? OvertWants,
    IReadOnlyList<UnderlyingWant>? UnderlyingWants,
    string? Explanation,
    string? OnBehalfOf) : IActRequest<AssessComplaint>
{
    public static string ActorField => "actor";

    string? IActRequest<AssessComplaint>.NamedActor => Actor;

    public AssessComplaint ToCommand(string actor)
    {
        var check = new RuleCheck();
        RequestRules.Present(check, "upheld", Upheld);
        RequestRules.Present(check, "type", Type);
        RequestRules.Present(check, "cause", Cause);
        check.ThrowIfAny();
        return new AssessComplaint(actor, Upheld!.Value, Type!.Value, Cause!.Value, OvertWants, UnderlyingWants ?? [], Explanation);
    }
}
