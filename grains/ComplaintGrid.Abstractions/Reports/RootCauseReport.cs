namespace ComplaintGrid;

/// <summary>A root-cause Pareto per department, departments in id order.</summary>
/// <param name="By">What the bars count by.</param>
/// <param name="TimeZone">The time zone the days are in.</param>
/// <param name="From">First local day.</param>
/// <param name="To">Last local day.</param>
/// <param name="Departments">Departments with any complaint counted.</param>
[GenerateSerializer, Immutable, Alias("cg.RootCauseReport")]
public sealed record RootCauseReport(
    [property: Id(0)] RootCauseDimension By,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly To,
    [property: Id(4)] IReadOnlyList<RootCauseDepartment> Departments);
