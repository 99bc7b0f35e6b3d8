namespace ComplaintGrid;

/// <summary>How many clocks stopped in a period, how many within their allowance, and the share.</summary>
/// <param name="Measured">Clocks stopped in the period.</param>
/// <param name="Met">Of those, stopped within the allowance.</param>
/// <param name="Rate">Met / measured; null when nothing was measured.</param>
[GenerateSerializer, Immutable, Alias("cg.ServiceLevel")]
public sealed record ServiceLevel(
    [property: Id(0)] int Measured,
    [property: Id(1)] int Met,
    [property: Id(2)] double? Rate);
