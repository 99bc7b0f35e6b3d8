namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// The root-cause Pareto's statements: which complaints count (assessed in the range for cause and type, filed in it for
/// category; never one closed as a duplicate: its primary counts once), counted per department and key, and the newest texts per bar. Same SQL on both databases but for
/// <see cref="HistoryDialect"/>'s department list.
/// </summary>
internal sealed class RootCauseSql(HistoryDialect dialect, RootCauseDimension by, bool byDepartment)
{
    private string Key => by switch
    {
        RootCauseDimension.Cause => "h.cause",
        RootCauseDimension.Type => "h.complaint_type",
        RootCauseDimension.Category => "h.category",
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a root-cause dimension."),
    };

    // A complaint reassessed within the range counts once, by its latest assessment.
    private string Counted => by == RootCauseDimension.Category
        ? "h.filed_at >= @start AND h.filed_at < @end"
        : "h.complaint_id IN (SELECT a.complaint_id FROM complaint_history_events a WHERE a.kind = 'Assessed' AND a.at >= @start AND a.at < @end)";

    private string Where => $"{Key} IS NOT NULL AND {Counted} AND {ServiceReportSql.NotDuplicate}{(byDepartment ? " AND " + dialect.DepartmentIn : "")}";

    /// <summary>Complaints counted per department and key (n).</summary>
    public string Counts =>
        $"SELECT h.department_id AS department_id, {Key} AS key, count(*) AS n FROM complaint_history h WHERE {Where} GROUP BY h.department_id, {Key}";

    /// <summary>
    /// Up to <c>@limit</c> texts of <paramref name="column"/> per department and key, newest close first; blank and erased
    /// texts are left out.
    /// </summary>
    public string Texts(string column) =>
        "SELECT t.department_id, t.key, t.complaint_id, t.text FROM ("
        + $"SELECT h.department_id AS department_id, {Key} AS key, h.complaint_id AS complaint_id, h.{column} AS text, "
        + $"ROW_NUMBER() OVER (PARTITION BY h.department_id, {Key} ORDER BY h.closed_at DESC, h.complaint_id DESC) AS n "
        + $"FROM complaint_history h WHERE {Where} AND h.{column} IS NOT NULL AND trim(h.{column}) <> '' AND h.{column} <> @erased"
        + ") t WHERE t.n <= @limit ORDER BY t.department_id, t.key, t.n";
}
