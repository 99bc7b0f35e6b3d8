namespace ComplaintGrid.History;

/// <summary>
/// One event of one complaint in the history read model: what reports per period count (hand-offs, escalations,
/// holds, reopens). No free text, so erasure has nothing to blank here.
/// </summary>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="Sequence">Its per-complaint sequence number.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="Status">Status after it; null when restored from a timeline, which does not keep it.</param>
/// <param name="DepartmentId">Responsible department after it; null when restored from a timeline.</param>
/// <param name="PreviousDepartmentId">For hand-offs and re-routes: the department it left.</param>
/// <param name="Clock">For escalations: the clock.</param>
/// <param name="Level">For escalations: the level reached.</param>
public sealed record ComplaintHistoryEvent(
    string ComplaintId,
    long Sequence,
    ComplaintEventKind Kind,
    DateTimeOffset At,
    ComplaintStatus? Status,
    string? DepartmentId,
    string? PreviousDepartmentId,
    ClockKind? Clock,
    EscalationLevel? Level)
{
    /// <summary>The row for a delivered event.</summary>
    public static ComplaintHistoryEvent From(ComplaintEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.ComplaintId, e.Sequence, e.Kind, e.At, e.Summary.Status, e.Summary.DepartmentId, e.PreviousDepartmentId, e.Clock, e.Level);
    }

    /// <summary>The row for a timeline entry of a stored complaint (rebuild): kind and time, without the summary.</summary>
    public static ComplaintHistoryEvent From(string complaintId, TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(complaintId, entry.Sequence, entry.Kind, entry.At, null, null, null, null, null);
    }
}
