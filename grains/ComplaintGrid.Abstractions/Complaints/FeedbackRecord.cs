namespace ComplaintGrid;

/// <summary>The customer's feedback on a resolution.</summary>
/// <param name="Satisfied">Satisfied or not.</param>
/// <param name="Comment">Comment.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("cg.FeedbackRecord")]
public sealed record FeedbackRecord(
    [property: Id(0)] bool Satisfied,
    [property: Id(1)] string? Comment,
    [property: Id(2)] DateTimeOffset At);
