namespace ComplaintGrid.Dashboard.Feed;

/// <summary>What one poll changed: the raw material of the frames sent to each group.</summary>
internal sealed record FeedChanges(
    long Version,
    DateTimeOffset ServerTime,
    IReadOnlyList<DepartmentTile> Departments,
    IReadOnlyDictionary<string, TrendPoint> TrendPoints,
    IReadOnlyList<EscalationEntry> Escalations,
    IReadOnlyList<CustomerRiskEntry>? AtRisk);
