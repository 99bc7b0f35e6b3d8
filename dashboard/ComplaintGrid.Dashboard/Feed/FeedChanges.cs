using System.Text.Json;

namespace ComplaintGrid.Dashboard.Feed;

/// <summary>What one poll changed: the raw material of the frames sent to each group.</summary>
/// <param name="Version">The feed version after this poll.</param>
/// <param name="ServerTime">The domain clock when the poll was taken.</param>
/// <param name="Departments">Per changed tile, its department and the fields that changed (with <c>departmentId</c>).</param>
/// <param name="TrendPoints">New trend points per department.</param>
/// <param name="Escalations">Escalations new to the host, newest first.</param>
/// <param name="AtRisk">The at-risk entries that changed other than in <c>computedAt</c>; null when none did.</param>
/// <param name="Incidents">Every open incident, when the incident board changed; null when it did not.</param>
/// <param name="AtRiskOrder">The at-risk board's customer ids in order, when the board changed; null when it did not.</param>
/// <param name="EscalationUpdates">Held rows whose complaint moved on, as their changed fields.</param>
internal sealed record FeedChanges(
    long Version,
    DateTimeOffset ServerTime,
    IReadOnlyList<(string DepartmentId, IReadOnlyDictionary<string, JsonElement> Fields)> Departments,
    IReadOnlyDictionary<string, TrendPoint> TrendPoints,
    IReadOnlyList<EscalationEntry> Escalations,
    IReadOnlyList<CustomerRiskEntry>? AtRisk,
    IReadOnlyList<string>? AtRiskOrder,
    IReadOnlyList<IncidentEntry>? Incidents = null,
    IReadOnlyList<EscalationRowUpdate>? EscalationUpdates = null);
