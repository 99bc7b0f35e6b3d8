namespace ComplaintGrid;

/// <summary>Something that happened to a complaint, numbered per complaint. Views apply each sequence number once.</summary>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="Sequence">Per-complaint sequence number, from 1, gap-free.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="Summary">The complaint after the event.</param>
/// <param name="PreviousDepartmentId">For hand-offs and re-routes: the department it left.</param>
/// <param name="Clock">For escalations: the clock.</param>
/// <param name="Level">For escalations: the level reached.</param>
/// <param name="Recipients">For escalations, escalation requests, reopens and expired holds: whom it was sent to (empty when no contact is
/// configured); null for every other event.</param>
/// <param name="Dues">When the complaint's running clocks breach after the event (the department's breach forecast);
/// null on events stored before it was carried. Not part of a webhook's body.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintEvent")]
public sealed record ComplaintEvent(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] ComplaintEventKind Kind,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] ComplaintSummary Summary,
    [property: Id(5)] string? PreviousDepartmentId,
    [property: Id(6)] ClockKind? Clock,
    [property: Id(7)] EscalationLevel? Level,
    [property: Id(8)] IReadOnlyList<EscalationContact>? Recipients = null,
    [property: Id(9)] ClockDues? Dues = null)
{
    /// <summary>Field by field, with <c>Recipients</c> compared as a list of people.</summary>
    public bool Equals(ComplaintEvent? other) =>
        other is not null && ComplaintId == other.ComplaintId && Sequence == other.Sequence && Kind == other.Kind
        && At == other.At && Summary == other.Summary && PreviousDepartmentId == other.PreviousDepartmentId
        && Clock == other.Clock && Level == other.Level
        && EscalationRecipients.Same(Recipients, other.Recipients) && Dues == other.Dues;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ComplaintId);
        hash.Add(Sequence);
        hash.Add(Kind);
        hash.Add(At);
        hash.Add(Summary);
        hash.Add(PreviousDepartmentId);
        hash.Add(Clock);
        hash.Add(Level);
        hash.Add(EscalationRecipients.Hash(Recipients));
        hash.Add(Dues);
        return hash.ToHashCode();
    }
}
