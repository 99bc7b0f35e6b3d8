namespace ComplaintGrid;

/// <summary>Records the assessment: upheld or not, type, cause and what the customer wants.</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="Upheld">Whether the complaint is upheld.</param>
/// <param name="Type">Substantive, or which kind of communicative complaint.</param>
/// <param name="Cause">Value, system or employee.</param>
/// <param name="OvertWants">What the customer explicitly wants (compensation, a fix, a deadline).</param>
/// <param name="UnderlyingWants">What the customer wants beneath that.</param>
/// <param name="Explanation">The courteous explanation to the customer; required when not upheld.</param>
[GenerateSerializer, Immutable, Alias("cg.AssessComplaint")]
public sealed record AssessComplaint(
    [property: Id(0)] string Actor,
    [property: Id(1)] bool Upheld,
    [property: Id(2)] ComplaintType Type,
    [property: Id(3)] Cause Cause,
    [property: Id(4)] string? OvertWants,
    [property: Id(5)] IReadOnlyList<UnderlyingWant> UnderlyingWants,
    [property: Id(6)] string? Explanation);
