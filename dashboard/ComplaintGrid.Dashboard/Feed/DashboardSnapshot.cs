namespace ComplaintGrid.Dashboard.Feed;

/// <summary>Everything a browser shows, sent when it starts watching (connect, reconnect, filter change).</summary>
/// <param name="Version">The feed version it reflects; frames at or below it are already included.</param>
/// <param name="ServerTime">The domain clock now, so the browser ages times by the server's clock.</param>
/// <param name="DepartmentId">The department filter, or null for all.</param>
/// <param name="AllDepartments">Every department's id and name, for the filter.</param>
/// <param name="Departments">The tiles shown.</param>
/// <param name="Trends">Trend points per department shown, oldest first.</param>
/// <param name="Escalations">The escalation feed, newest first.</param>
/// <param name="AtRisk">The customers most at risk, highest first.</param>
/// <param name="Incidents">The open incidents shown, newest first: one row each instead of one per complaint.</param>
public sealed record DashboardSnapshot(
    long Version,
    DateTimeOffset ServerTime,
    string? DepartmentId,
    IReadOnlyList<DepartmentName> AllDepartments,
    IReadOnlyList<DepartmentTile> Departments,
    IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trends,
    IReadOnlyList<EscalationEntry> Escalations,
    IReadOnlyList<CustomerRiskEntry> AtRisk,
    IReadOnlyList<IncidentEntry>? Incidents = null);
