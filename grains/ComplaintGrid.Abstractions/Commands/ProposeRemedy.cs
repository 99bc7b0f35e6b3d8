namespace ComplaintGrid;

/// <summary>Proposes a remedy; some need a supervisor's approval.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="Kind">The kind of remedy.</param>
/// <param name="Amount">Money amount for refunds, discounts and compensation.</param>
/// <param name="Description">What will be done.</param>
[GenerateSerializer, Immutable, Alias("cg.ProposeRemedy")]
public sealed record ProposeRemedy(
    [property: Id(0)] string Actor,
    [property: Id(1)] RemedyKind Kind,
    [property: Id(2)] decimal? Amount,
    [property: Id(3)] string Description);
