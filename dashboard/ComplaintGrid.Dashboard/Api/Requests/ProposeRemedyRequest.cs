namespace ComplaintGrid.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/complaints/{id}/propose-remedy</c>.</summary>
public sealed record ProposeRemedyRequest(string? Actor, RemedyKind? Kind, decimal? Amount, string? Description)
{
    public ProposeRemedy ToCommand()
    {
        var check = new RuleCheck();
        RequestRules.Present(check, "kind", Kind);
        check.ThrowIfAny();
        return new ProposeRemedy(Actor!, Kind!.Value, Amount, Description!);
    }
}
