namespace ComplaintGrid;

/// <summary>The reports as CSV, one header row then one record per row or bar, in the column order docs/http-api.md lists.</summary>
public static class ReportCsv
{
    /// <summary>The media type of a CSV report.</summary>
    public const string MediaType = "text/csv";

    /// <summary>The service report's columns.</summary>
    public static readonly IReadOnlyList<string> ServiceColumns =
    [
        "department_id", "period_start", "period_end", "filed", "closed", "open_at_end",
        "first_response_measured", "first_response_met", "first_response_rate", "resolution_measured", "resolution_met", "resolution_rate",
        "breaches_first_response", "breaches_customer_update", "breaches_resolution", "reopen_rate", "satisfaction_rate", "recovery_rate",
        "ping_pong_hand_offs", "remedy_count", "remedy_amount", "hold_hours",
    ];

    /// <summary>The root-cause report's columns.</summary>
    public static readonly IReadOnlyList<string> RootCauseColumns =
        ["department_id", "key", "count", "share", "cumulative_share", "lessons", "prevention"];

    /// <summary>What joins a bar's texts in one field.</summary>
    public const string TextSeparator = " | ";

    /// <summary>The service report, one record per department and period.</summary>
    public static string Write(ServiceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvWriter().Record(ServiceColumns);
        foreach (var r in report.Rows)
        {
            csv.Field(r.DepartmentId).Field(r.PeriodStart).Field(r.PeriodEnd).Field(r.Filed).Field(r.Closed).Field(r.OpenAtEnd)
                .Field(r.FirstResponse.Measured).Field(r.FirstResponse.Met).Field(r.FirstResponse.Rate)
                .Field(r.Resolution.Measured).Field(r.Resolution.Met).Field(r.Resolution.Rate)
                .Field(r.Breaches.FirstResponse).Field(r.Breaches.CustomerUpdate).Field(r.Breaches.Resolution)
                .Field(r.ReopenRate).Field(r.SatisfactionRate).Field(r.RecoveryRate)
                .Field(r.PingPongHandOffs).Field(r.Remedies.Count).Field(r.Remedies.Amount).Field(r.HoldHours)
                .EndRecord();
        }
        return csv.ToString();
    }

    /// <summary>The root-cause report, one record per department and bar, each bar's texts joined by <see cref="TextSeparator"/>.</summary>
    public static string Write(RootCauseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvWriter().Record(RootCauseColumns);
        foreach (var department in report.Departments)
        {
            foreach (var bar in department.Bars)
            {
                csv.Field(department.DepartmentId).Field(bar.Key).Field(bar.Count).Field(bar.Share).Field(bar.CumulativeShare)
                    .Field(string.Join(TextSeparator, bar.Lessons.Select(t => t.Text)))
                    .Field(string.Join(TextSeparator, bar.Prevention.Select(t => t.Text)))
                    .EndRecord();
            }
        }
        return csv.ToString();
    }
}
