namespace ComplaintGrid;

/// <summary>Records a progress update sent to the customer; restarts the customer-update clock.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="Message">What the customer was told.</param>
[GenerateSerializer, Immutable, Alias("cg.InformCustomer")]
public sealed record InformCustomer(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Message);
