namespace ComplaintGrid;

/// <summary>The closing evaluation.</summary>
/// <param name="Lessons">Lessons.</param>
/// <param name="PreventionAction">Recurrence prevention.</param>
/// <param name="Verification">Verification of effect.</param>
/// <param name="ClosedBy">Who closed it.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("cg.EvaluationRecord")]
public sealed record EvaluationRecord(
    [property: Id(0)] string? Lessons,
    [property: Id(1)] string? PreventionAction,
    [property: Id(2)] string? Verification,
    [property: Id(3)] string ClosedBy,
    [property: Id(4)] DateTimeOffset At);
