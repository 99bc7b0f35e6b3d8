namespace ComplaintGrid;

/// <summary>Puts the complaint on hold while waiting on the customer; clocks pause.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="Reason">What is awaited from the customer.</param>
[GenerateSerializer, Immutable, Alias("cg.PutOnHold")]
public sealed record PutOnHold(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Reason);
