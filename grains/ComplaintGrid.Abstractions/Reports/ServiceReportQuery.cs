namespace ComplaintGrid;

/// <summary>What a service report covers: the local dates from and to (inclusive) in a time zone, cut into periods, per department.</summary>
/// <param name="From">First local day.</param>
/// <param name="To">Last local day (inclusive), at most <see cref="ReportRange.MaximumDays"/> days after <paramref name="From"/>.</param>
/// <param name="TimeZone">IANA time zone id the days are in.</param>
/// <param name="DepartmentIds">Only these departments; null for every department.</param>
/// <param name="Period">How the range is cut.</param>
[GenerateSerializer, Immutable, Alias("cg.ServiceReportQuery")]
public sealed record ServiceReportQuery(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] IReadOnlyList<string>? DepartmentIds,
    [property: Id(4)] ReportPeriod Period)
{
    /// <summary>
    /// Adds to <paramref name="check"/> every rule this query breaks, so the HTTP API, the .NET client and the report
    /// grain refuse the same queries with the same parameter names.
    /// </summary>
    public RuleCheck Check(RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        ReportRange.Check(check, From, To, TimeZone, DepartmentIds);
        return check.Known("period", Period);
    }
}
