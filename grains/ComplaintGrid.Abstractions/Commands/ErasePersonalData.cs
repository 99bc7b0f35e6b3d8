namespace ComplaintGrid;

/// <summary>
/// Erases the personal texts of a customer's complaints (descriptions, messages, findings, remedies, feedback, notes
/// and references), keeping the facts: who acted, when, what kind of step, statuses, clocks and amounts.
/// </summary>
/// <param name="Actor">Who asks for it: the supervisor or integration; <c>system</c> for retention.</param>
[GenerateSerializer, Immutable, Alias("cg.ErasePersonalData")]
public sealed record ErasePersonalData(
    [property: Id(0)] string Actor);
