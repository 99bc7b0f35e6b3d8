namespace ComplaintGrid.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/assess</c>.</summary>
public sealed record AssessRequest(
    string? Actor,
    bool? Upheld,
    ComplaintType? Type,
    Cause? Cause,
    string? OvertWants,
    IReadOnlyList<UnderlyingWant>? UnderlyingWants,
    string? Explanation)
{
    public AssessComplaint ToCommand()
    {
        var check = new RuleCheck();
        RequestRules.Present(check, "upheld", Upheld);
        RequestRules.Present(check, "type", Type);
        RequestRules.Present(check, "cause", Cause);
        check.ThrowIfAny();
        return new AssessComplaint(Actor!, Upheld!.Value, Type!.Value, Cause!.Value, OvertWants, UnderlyingWants ?? [], Explanation);
    }
}
