namespace ComplaintGrid;

/// <summary>A service report: one row per department and period, ordered by department, then period.</summary>
/// <param name="Period">How the range was cut.</param>
/// <param name="TimeZone">The time zone the days are in.</param>
/// <param name="From">First local day asked for.</param>
/// <param name="To">Last local day asked for.</param>
/// <param name="Rows">The rows; a department appears when it had any figure in the range, with every period.</param>
[GenerateSerializer, Immutable, Alias("cg.ServiceReport")]
public sealed record ServiceReport(
    [property: Id(0)] ReportPeriod Period,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly To,
    [property: Id(4)] IReadOnlyList<ServiceReportRow> Rows);
