namespace ComplaintGrid;

/// <summary>Resumes a complaint on hold where it was; clocks resume.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
[GenerateSerializer, Immutable, Alias("cg.ResumeComplaint")]
public sealed record ResumeComplaint(
    [property: Id(0)] string Actor);
