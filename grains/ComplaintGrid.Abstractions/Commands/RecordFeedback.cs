namespace ComplaintGrid;

/// <summary>The customer's feedback on the resolution; not satisfied reopens the complaint.</summary>
/// <param name="Satisfied">Whether the customer is satisfied.</param>
/// <param name="Comment">What they said.</param>
[GenerateSerializer, Immutable, Alias("cg.RecordFeedback")]
public sealed record RecordFeedback(
    [property: Id(0)] bool Satisfied,
    [property: Id(1)] string? Comment);
