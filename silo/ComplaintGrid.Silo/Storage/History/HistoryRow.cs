using System.Globalization;
using ComplaintGrid.History;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// A <c>complaint_history</c> row as Dapper reads it: times as fixed-width UTC text, booleans as 0/1 and amounts as
/// text on both databases (<see cref="HistoryDialect"/>), so one mapping serves both.
/// </summary>
internal sealed class HistoryRow
{
    public string complaint_id { get; set; } = "";
    public string customer_id { get; set; } = "";
    public string? reference { get; set; }
    public string status { get; set; } = "";
    public string department_id { get; set; } = "";
    public string channel { get; set; } = "";
    public string category { get; set; } = "";
    public string severity { get; set; } = "";
    public string priority { get; set; } = "";
    public long? upheld { get; set; }
    public string? complaint_type { get; set; }
    public string? cause { get; set; }
    public string? outcome { get; set; }
    public string filed_at { get; set; } = "";
    public string? acknowledged_at { get; set; }
    public string? resolved_at { get; set; }
    public string? closed_at { get; set; }
    public long? first_response_met { get; set; }
    public long? resolution_met { get; set; }
    public long breach_count { get; set; }
    public long reopen_count { get; set; }
    public long hand_off_count { get; set; }
    public string escalation_level { get; set; } = "";
    public long? satisfied { get; set; }
    public string? remedy_kind { get; set; }
    public string? remedy_amount { get; set; }
    public string? root_cause { get; set; }
    public string? lessons { get; set; }
    public string? prevention { get; set; }
    public string search_text { get; set; } = "";
    public long last_sequence { get; set; }

    /// <summary>The columns in the order of <see cref="HistoryRow"/>, each read as this class expects.</summary>
    public static string Columns(HistoryDialect dialect) => string.Join(", ",
    [
        "h.complaint_id", "h.customer_id", "h.reference", "h.status", "h.department_id", "h.channel", "h.category", "h.severity",
        "h.priority", As(dialect.ReadBool, "upheld"), "h.complaint_type", "h.cause", "h.outcome",
        As(dialect.ReadTime, "filed_at"), As(dialect.ReadTime, "acknowledged_at"), As(dialect.ReadTime, "resolved_at"), As(dialect.ReadTime, "closed_at"),
        As(dialect.ReadBool, "first_response_met"), As(dialect.ReadBool, "resolution_met"),
        "h.breach_count", "h.reopen_count", "h.hand_off_count", "h.escalation_level", As(dialect.ReadBool, "satisfied"),
        "h.remedy_kind", As(dialect.ReadText, "remedy_amount"), "h.root_cause", "h.lessons", "h.prevention", "h.search_text", "h.last_sequence",
    ]);

    public ComplaintHistoryRecord ToRecord() => new()
    {
        ComplaintId = complaint_id,
        CustomerId = customer_id,
        Reference = reference,
        Status = Enum.Parse<ComplaintStatus>(status),
        DepartmentId = department_id,
        Channel = Enum.Parse<Channel>(channel),
        Category = Enum.Parse<Category>(category),
        Severity = Enum.Parse<Severity>(severity),
        Priority = Enum.Parse<Severity>(priority),
        Upheld = Bool(upheld),
        Type = complaint_type is null ? null : Enum.Parse<ComplaintType>(complaint_type),
        Cause = cause is null ? null : Enum.Parse<Cause>(cause),
        Outcome = outcome is null ? null : Enum.Parse<CloseOutcome>(outcome),
        FiledAt = Time(filed_at),
        AcknowledgedAt = acknowledged_at is null ? null : Time(acknowledged_at),
        ResolvedAt = resolved_at is null ? null : Time(resolved_at),
        ClosedAt = closed_at is null ? null : Time(closed_at),
        FirstResponseMet = Bool(first_response_met),
        ResolutionMet = Bool(resolution_met),
        BreachCount = checked((int)breach_count),
        ReopenCount = checked((int)reopen_count),
        HandOffCount = checked((int)hand_off_count),
        EscalationLevel = Enum.Parse<EscalationLevel>(escalation_level),
        Satisfied = Bool(satisfied),
        RemedyKind = remedy_kind is null ? null : Enum.Parse<RemedyKind>(remedy_kind),
        RemedyAmount = remedy_amount is null ? null : decimal.Parse(remedy_amount, NumberStyles.Number, CultureInfo.InvariantCulture),
        RootCause = root_cause,
        Lessons = lessons,
        Prevention = prevention,
        SearchText = search_text,
        LastSequence = last_sequence,
    };

    public ComplaintSearchHit ToHit() => new(
        complaint_id, customer_id, reference, Enum.Parse<ComplaintStatus>(status), department_id, Enum.Parse<Category>(category),
        Enum.Parse<Severity>(severity), cause is null ? null : Enum.Parse<Cause>(cause), Time(filed_at),
        acknowledged_at is null ? null : Time(acknowledged_at), closed_at is null ? null : Time(closed_at));

    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, HistoryDialect.SqliteTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static bool? Bool(long? value) => value is null ? null : value.Value != 0;

    private static string As(Func<string, string> read, string column) => $"{read("h." + column)} AS {column}";
}
