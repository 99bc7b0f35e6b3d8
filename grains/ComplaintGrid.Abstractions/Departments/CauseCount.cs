namespace ComplaintGrid;

/// <summary>How many complaints a department assessed with one cause.</summary>
/// <param name="Cause">The cause of dissatisfaction.</param>
/// <param name="Count">Complaints assessed with it.</param>
[GenerateSerializer, Immutable, Alias("cg.CauseCount")]
public sealed record CauseCount(
    [property: Id(0)] Cause Cause,
    [property: Id(1)] int Count);
