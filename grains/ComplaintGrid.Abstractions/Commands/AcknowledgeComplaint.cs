namespace ComplaintGrid;

/// <summary>Acknowledges the complaint to the customer; stops the first-response clock.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="Message">What the customer was told.</param>
[GenerateSerializer, Immutable, Alias("cg.AcknowledgeComplaint")]
public sealed record AcknowledgeComplaint(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Message);
