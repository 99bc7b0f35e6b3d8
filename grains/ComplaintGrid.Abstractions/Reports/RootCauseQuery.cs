namespace ComplaintGrid;

/// <summary>What a root-cause Pareto covers: the local dates from and to (inclusive) in a time zone, per department.</summary>
/// <param name="From">First local day.</param>
/// <param name="To">Last local day (inclusive), at most <see cref="ReportRange.MaximumDays"/> days after <paramref name="From"/>.</param>
/// <param name="TimeZone">IANA time zone id the days are in.</param>
/// <param name="DepartmentIds">Only these departments; null for every department.</param>
/// <param name="By">What the bars count complaints by.</param>
[GenerateSerializer, Immutable, Alias("cg.RootCauseQuery")]
public sealed record RootCauseQuery(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] IReadOnlyList<string>? DepartmentIds,
    [property: Id(4)] RootCauseDimension By)
{
    /// <summary>Texts kept per bar: enough to read the pattern, not an export.</summary>
    public const int TextsPerBar = 20;

    /// <summary>
    /// Adds to <paramref name="check"/> every rule this query breaks, so the HTTP API, the .NET client and the report
    /// grain refuse the same queries with the same parameter names.
    /// </summary>
    public RuleCheck Check(RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        ReportRange.Check(check, From, To, TimeZone, DepartmentIds);
        return check.Known("by", By);
    }
}
