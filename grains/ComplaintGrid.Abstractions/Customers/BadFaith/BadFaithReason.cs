namespace ComplaintGrid;

/// <summary>One reason a customer's complaints look like bad faith: a recorded fact against its configured threshold.</summary>
/// <param name="Name">Stable name: <c>repeat-compensation</c>, <c>story-reused</c>, <c>story-shared</c>, <c>frequent</c>,
/// <c>mostly-not-upheld</c> or <c>remedy-total</c> (<see cref="BadFaithReasons"/>).</param>
/// <param name="Fact">The fact in words, for the supervisor ("compensation asked on 3 complaints in 90 days").</param>
/// <param name="Value">The fact as a number.</param>
/// <param name="Threshold">The configured value it reached.</param>
[GenerateSerializer, Immutable, Alias("cg.BadFaithReason")]
public sealed record BadFaithReason(
    [property: Id(0)] string Name,
    [property: Id(1)] string Fact,
    [property: Id(2)] double Value,
    [property: Id(3)] double Threshold);
