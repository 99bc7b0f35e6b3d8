namespace ComplaintGrid;

/// <summary>Starts carrying out a remedy that needs no approval.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
[GenerateSerializer, Immutable, Alias("cg.StartImplementation")]
public sealed record StartImplementation(
    [property: Id(0)] string Actor);
