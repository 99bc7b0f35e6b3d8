namespace ComplaintGrid;

/// <summary>One department's Pareto: bars by count, largest first.</summary>
/// <param name="DepartmentId">Department.</param>
/// <param name="Total">Complaints counted.</param>
/// <param name="Bars">The bars, by count descending, then key.</param>
[GenerateSerializer, Immutable, Alias("cg.RootCauseDepartment")]
public sealed record RootCauseDepartment(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] int Total,
    [property: Id(2)] IReadOnlyList<RootCauseBar> Bars);
