using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Api.Requests;

/// <summary>The body of <c>POST /api/customers/{id}/outcomes</c>: what the customer did, and when (now when left out).</summary>
public sealed record OutcomeRequest(
    [property: Required] CustomerOutcome? Outcome,
    DateTimeOffset? At)
{
    public RecordCustomerOutcome ToCommand()
    {
        var check = new RuleCheck();
        RequestRules.Present(check, "outcome", Outcome);
        check.ThrowIfAny();
        return new RecordCustomerOutcome(Outcome!.Value, At);
    }
}
