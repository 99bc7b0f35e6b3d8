namespace ComplaintGrid;

/// <summary>The department starts investigating and names the agent who owns the complaint.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="OwnerAgentId">The agent accountable from now on.</param>
[GenerateSerializer, Immutable, Alias("cg.StartInvestigation")]
public sealed record StartInvestigation(
    [property: Id(0)] string Actor,
    [property: Id(1)] string OwnerAgentId);
