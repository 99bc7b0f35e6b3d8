namespace ComplaintGrid;

/// <summary>A supervisor's clearing of a bad-faith flag.</summary>
/// <param name="By">The supervisor.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, in the supervisor's words.</param>
[GenerateSerializer, Immutable, Alias("cg.BadFaithClearance")]
public sealed record BadFaithClearance(
    [property: Id(0)] string By,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Reason);
