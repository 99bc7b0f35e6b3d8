namespace ComplaintGrid.Dashboard.Feed;

/// <summary>
/// What changed since the previous frame. Every part is an idempotent upsert (whole tiles, keyed points and
/// entries, the whole at-risk board), so a frame that overlaps a snapshot does no harm.
/// </summary>
/// <param name="Version">Feed version; a browser ignores frames at or below its snapshot's.</param>
/// <param name="ServerTime">The domain clock when the frame was made.</param>
/// <param name="Departments">Tiles that changed.</param>
/// <param name="TrendPoints">New trend points per department.</param>
/// <param name="Escalations">New escalations, newest first.</param>
/// <param name="AtRisk">The whole at-risk board when it changed; null when it did not.</param>
/// <param name="SentAt">When the host sent it (its wall clock): for pacing and latency measurements.</param>
public sealed record DashboardFrame(
    long Version,
    DateTimeOffset ServerTime,
    IReadOnlyList<DepartmentTile> Departments,
    IReadOnlyDictionary<string, TrendPoint> TrendPoints,
    IReadOnlyList<EscalationEntry> Escalations,
    IReadOnlyList<CustomerRiskEntry>? AtRisk,
    DateTimeOffset SentAt = default);
