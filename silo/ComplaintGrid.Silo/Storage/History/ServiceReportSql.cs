namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// The service report's statements, the same on both databases but for <see cref="HistoryDialect"/>'s pieces. Each reads
/// after <see cref="ReportPeriodsSql.With"/>; docs/design.md says which column each figure comes from and why.
/// </summary>
internal sealed class ServiceReportSql(HistoryDialect dialect, bool byDepartment)
{
    /// <summary>The department an event is charged to: its own, or the complaint's when it was rebuilt without one.</summary>
    public const string EventDepartment = "COALESCE(e.department_id, h.department_id)";

    /// <summary>
    /// A complaint closed as a duplicate is counted in none of the figures: its primary carries the customer's problem,
    /// and counts it once.
    /// </summary>
    public const string NotDuplicate = "(h.outcome IS NULL OR h.outcome <> 'Duplicate')";

    /// <summary>
    /// Per department and period, from the complaint rows: filed (n); acknowledged with a first-response verdict (n, met
    /// a); resolved with a resolution verdict (n, met a); closed (n), of those reopened (a), with feedback (b), satisfied
    /// (c), reopened and now satisfied (d); then <see cref="Breaches"/> and <see cref="PingPong"/>: one round trip.
    /// </summary>
    public string Figures => string.Join(" UNION ALL ",
        Bucket("filed", "h.filed_at", "count(*)", "0", "0", "0", "0", null),
        Bucket("acknowledged", "h.acknowledged_at", "count(*)", Count(True("h.first_response_met")), "0", "0", "0", "h.first_response_met IS NOT NULL"),
        Bucket("resolved", "h.resolved_at", "count(*)", Count(True("h.resolution_met")), "0", "0", "0", "h.resolution_met IS NOT NULL"),
        Bucket("closed", "h.closed_at", "count(*)", Count("h.reopen_count > 0"), Count("h.satisfied IS NOT NULL"), Count(True("h.satisfied")),
            Count($"h.reopen_count > 0 AND {True("h.satisfied")}"), null),
        Breaches, PingPong);

    /// <summary>Per department and period: the remedies of the complaints closed in it, each amount exact as text (summed in .NET).</summary>
    public string Remedies =>
        $"SELECT h.department_id AS department_id, p.idx AS idx, {dialect.ReadText("h.remedy_amount")} AS amount "
        + "FROM periods p JOIN complaint_history h ON h.closed_at >= p.start_at AND h.closed_at < p.end_at "
        + $"WHERE h.remedy_kind IS NOT NULL AND {NotDuplicate}{Departments("h.department_id")}";

    /// <summary>Complaints open when the range began, per department (n): filed before it and not closed before it.</summary>
    public string OpenAtStart =>
        "SELECT 'open' AS figure, h.department_id AS department_id, 0 AS idx, count(*) AS n, 0 AS a, 0 AS b, 0 AS c, 0 AS d "
        + $"FROM complaint_history h WHERE h.filed_at < @start AND (h.closed_at IS NULL OR h.closed_at >= @start) AND {NotDuplicate}"
        + $"{Departments("h.department_id")} GROUP BY h.department_id";

    /// <summary>Clock breaches per owner at the time, period and clock: first response (a), customer update (b), resolution (c).</summary>
    private string Breaches =>
        $"SELECT 'breaches' AS figure, {EventDepartment} AS department_id, p.idx AS idx, count(*) AS n, "
        + $"{Count("e.clock = 'FirstResponse'")} AS a, {Count("e.clock = 'CustomerUpdate'")} AS b, {Count("e.clock = 'Resolution'")} AS c, 0 AS d "
        + "FROM periods p JOIN complaint_history_events e ON e.at >= p.start_at AND e.at < p.end_at "
        + "JOIN complaint_history h ON h.complaint_id = e.complaint_id "
        + $"WHERE e.kind = 'Escalated' AND e.level = 'Breached' AND e.clock IS NOT NULL AND {NotDuplicate}{Departments(EventDepartment)} "
        + $"GROUP BY {EventDepartment}, p.idx";

    /// <summary>
    /// Hand-offs and re-routes per handing department and period that send a complaint to a department it had left
    /// before (an earlier event of the same complaint left that department) (n).
    /// </summary>
    private string PingPong =>
        "SELECT 'pingpong' AS figure, e.previous_department_id AS department_id, p.idx AS idx, count(*) AS n, 0 AS a, 0 AS b, 0 AS c, 0 AS d "
        + "FROM periods p JOIN complaint_history_events e ON e.at >= p.start_at AND e.at < p.end_at "
        + "WHERE e.kind IN ('HandedOff', 'Routed') AND e.previous_department_id IS NOT NULL AND e.department_id IS NOT NULL "
        + "AND e.department_id <> e.previous_department_id "
        + "AND EXISTS (SELECT 1 FROM complaint_history_events x WHERE x.complaint_id = e.complaint_id AND x.sequence < e.sequence "
        + "AND x.previous_department_id = e.department_id)"
        + $"{Departments("e.previous_department_id")} GROUP BY e.previous_department_id, p.idx";

    /// <summary>
    /// Every hold that began before the range ended on a complaint not closed before it began, with the first resume
    /// after it (holds do not nest, so that resume ends this hold); the caller clips each to the periods.
    /// </summary>
    public string Holds =>
        $"SELECT {EventDepartment} AS department_id, {dialect.ReadTime("e.at")} AS held_at, "
        + $"(SELECT {dialect.ReadTime("min(r.at)")} FROM complaint_history_events r WHERE r.complaint_id = e.complaint_id "
        + "AND r.sequence > e.sequence AND r.kind = 'Resumed') AS resumed_at, "
        + $"{dialect.ReadTime("h.closed_at")} AS closed_at "
        + "FROM complaint_history_events e JOIN complaint_history h ON h.complaint_id = e.complaint_id "
        + $"WHERE e.kind = 'PutOnHold' AND e.at < @end AND (h.closed_at IS NULL OR h.closed_at >= @start) AND {NotDuplicate}"
        + Departments(EventDepartment);

    private string Bucket(string figure, string time, string n, string a, string b, string c, string d, string? condition) =>
        $"SELECT '{figure}' AS figure, h.department_id AS department_id, p.idx AS idx, {n} AS n, {a} AS a, {b} AS b, {c} AS c, {d} AS d "
        + $"FROM periods p JOIN complaint_history h ON {time} >= p.start_at AND {time} < p.end_at "
        + $"WHERE {NotDuplicate}{(condition is null ? "" : " AND " + condition)}{Departments("h.department_id")} GROUP BY h.department_id, p.idx";

    private string True(string column) => $"{dialect.ReadBool(column)} = 1";

    private static string Count(string condition) => $"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)";

    private string Departments(string expression) => byDepartment ? " AND " + dialect.In(expression, "departments") : "";
}
