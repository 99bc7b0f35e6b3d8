namespace ComplaintGrid;

/// <summary>Closes the complaint with its evaluation (resolved) or its explanation (not upheld).</summary>
/// <param name="Actor">Who does it: the agent, supervisor or system user id.</param>
/// <param name="Lessons">What was learned; required when closing a resolved complaint.</param>
/// <param name="PreventionAction">The action that prevents recurrence; required when closing a resolved complaint.</param>
/// <param name="Verification">How the effect of the correction was verified (8D D6); required for product quality.</param>
[GenerateSerializer, Immutable, Alias("cg.CloseComplaint")]
public sealed record CloseComplaint(
    [property: Id(0)] string Actor,
    [property: Id(1)] string? Lessons,
    [property: Id(2)] string? PreventionAction,
    [property: Id(3)] string? Verification);
