namespace ComplaintGrid;

/// <summary>The investigation's findings.</summary>
/// <param name="RootCause">Root cause.</param>
/// <param name="AccountableOwner">Accountable owner.</param>
/// <param name="EightD">8D record, if any.</param>
[GenerateSerializer, Immutable, Alias("cg.InvestigationRecord")]
public sealed record InvestigationRecord(
    [property: Id(0)] string RootCause,
    [property: Id(1)] string AccountableOwner,
    [property: Id(2)] EightDReport? EightD);
