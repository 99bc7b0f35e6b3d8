using ComplaintGrid.History;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>A <c>complaint_history_events</c> row as Dapper reads it (times as text, <see cref="HistoryDialect"/>).</summary>
internal sealed class HistoryEventRow
{
    public string complaint_id { get; set; } = "";
    public long sequence { get; set; }
    public string kind { get; set; } = "";
    public string at { get; set; } = "";
    public string? status { get; set; }
    public string? department_id { get; set; }
    public string? previous_department_id { get; set; }
    public string? clock { get; set; }
    public string? level { get; set; }

    public static string Columns(HistoryDialect dialect) =>
        $"e.complaint_id, e.sequence, e.kind, {dialect.ReadTime("e.at")} AS at, e.status, e.department_id, e.previous_department_id, e.clock, e.level";

    public ComplaintHistoryEvent ToEvent() => new(
        complaint_id, sequence, Enum.Parse<ComplaintEventKind>(kind), HistoryRow.Time(at),
        status is null ? null : Enum.Parse<ComplaintStatus>(status), department_id, previous_department_id,
        clock is null ? null : Enum.Parse<ClockKind>(clock), level is null ? null : Enum.Parse<EscalationLevel>(level));
}
