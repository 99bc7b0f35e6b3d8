namespace ComplaintGrid;

/// <summary>The customers most at risk of churning.</summary>
/// <param name="Version">Changes whenever the ranking changes; a reader passes it back to skip unchanged reads.</param>
/// <param name="Customers">Highest score first.</param>
[GenerateSerializer, Immutable, Alias("cg.RiskBoard")]
public sealed record RiskBoard(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<CustomerRiskEntry> Customers);
