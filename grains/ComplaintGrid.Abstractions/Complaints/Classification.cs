namespace ComplaintGrid;

/// <summary>The assessment of a complaint.</summary>
/// <param name="Upheld">Upheld or not.</param>
/// <param name="Type">Type.</param>
/// <param name="Cause">Cause.</param>
/// <param name="OvertWants">Overt wants.</param>
/// <param name="UnderlyingWants">Underlying wants.</param>
/// <param name="Explanation">Explanation to the customer.</param>
[GenerateSerializer, Immutable, Alias("cg.Classification")]
public sealed record Classification(
    [property: Id(0)] bool Upheld,
    [property: Id(1)] ComplaintType Type,
    [property: Id(2)] Cause Cause,
    [property: Id(3)] string? OvertWants,
    [property: Id(4)] IReadOnlyList<UnderlyingWant> UnderlyingWants,
    [property: Id(5)] string? Explanation);
