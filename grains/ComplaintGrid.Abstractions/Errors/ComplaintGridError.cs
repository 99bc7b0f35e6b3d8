namespace ComplaintGrid;

/// <summary>
/// One broken rule: a stable <paramref name="Code"/> for programs, the <paramref name="Field"/> (or
/// transition) it concerns, and a sentence for a person.
/// </summary>
/// <param name="Code">Stable, dotted code such as <c>complaint.description.too_long</c>.</param>
/// <param name="Field">The camelCase wire name of the field, or <c>status</c> for a lifecycle rule.</param>
/// <param name="Message">What is wrong and what the rule is, for a person.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintGridError")]
public sealed record ComplaintGridError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Field,
    [property: Id(2)] string Message);
