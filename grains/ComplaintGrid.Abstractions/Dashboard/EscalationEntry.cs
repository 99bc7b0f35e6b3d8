using System.Text.Json.Serialization;

namespace ComplaintGrid;

/// <summary>
/// One escalation for the dashboard's escalation feed: a clock crossing a level, a customer asking, or a hold that ran out.
/// </summary>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="Sequence">The complaint event's sequence number; with the id, it makes the entry unique.</param>
/// <param name="At">When it escalated.</param>
/// <param name="Clock">The clock that crossed a level; null when the customer asked for escalation or a hold expired.</param>
/// <param name="Level">The level reached (for an expired hold, the complaint's level then).</param>
/// <param name="DepartmentId">The department that owned the complaint then.</param>
/// <param name="OwnerAgentId">The agent who owned it then, if any.</param>
/// <param name="CustomerId">Customer.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Priority">Priority after the escalation.</param>
/// <param name="Status">The complaint's status now: as of <see cref="StatusSequence"/>, the latest of its events the board has seen.</param>
/// <param name="FiledAt">When the complaint was filed.</param>
/// <param name="Recipients">Whom it was sent to; null on entries made before ComplaintGrid recorded them.</param>
/// <param name="Kind">The event behind it: <see cref="ComplaintEventKind.Escalated"/>,
/// <see cref="ComplaintEventKind.EscalationRequested"/> or <see cref="ComplaintEventKind.HoldExpired"/>; null on entries made
/// before ComplaintGrid recorded it.</param>
/// <param name="StatusSequence">The event <see cref="Status"/> and <see cref="ClockLevelNow"/> reflect; null on entries made before
/// ComplaintGrid kept rows current (then <see cref="Sequence"/>).</param>
/// <param name="ClockLevelNow">The live level of <see cref="Clock"/> now (None once the clock stopped: met, paused out or closed);
/// null for a customer's request or an expired hold, and on entries made before ComplaintGrid kept rows current.</param>
[GenerateSerializer, Immutable, Alias("cg.EscalationEntry")]
public sealed record EscalationEntry(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ClockKind? Clock,
    [property: Id(4)] EscalationLevel Level,
    [property: Id(5)] string DepartmentId,
    [property: Id(6)] string? OwnerAgentId,
    [property: Id(7)] string CustomerId,
    [property: Id(8)] Severity Severity,
    [property: Id(9)] Severity Priority,
    [property: Id(10)] ComplaintStatus Status,
    [property: Id(11)] DateTimeOffset FiledAt,
    [property: Id(12)] IReadOnlyList<EscalationContact>? Recipients = null,
    [property: Id(13)] ComplaintEventKind? Kind = null,
    [property: Id(14)] long? StatusSequence = null,
    [property: Id(15)] EscalationLevel? ClockLevelNow = null)
{
    /// <summary>
    /// True while this row is a breach the department still carries: a clock that crossed its deadline (a level of Breached or
    /// above), on a complaint still open, whose clock is still breached now. The same rule as a department tile's
    /// breached count (open complaints with a live clock at Breached or above), so every breach the feed paints is one
    /// the tile counts. A customer's request or an expired hold is never a breach.
    /// </summary>
    public bool Breaching =>
        Clock is not null && Kind is (null or ComplaintEventKind.Escalated) && Status != ComplaintStatus.Closed
        && Level >= EscalationLevel.Breached && (ClockLevelNow ?? Level) >= EscalationLevel.Breached;

    /// <summary>The sequence of the event <see cref="Status"/> reflects.</summary>
    [JsonIgnore]
    public long StatusAsOf => StatusSequence ?? Sequence;

    /// <summary>The escalation an event records, or null when the event is no escalation.</summary>
    public static EscalationEntry? From(ComplaintEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind is not (ComplaintEventKind.Escalated or ComplaintEventKind.EscalationRequested or ComplaintEventKind.HoldExpired))
            return null;
        var s = e.Summary;
        // A customer's request and an expired hold carry no clock: the complaint's own level is the one it stands at.
        var level = e.Kind == ComplaintEventKind.Escalated && e.Level is { } reached ? reached : s.EscalationLevel;
        var clock = e.Kind == ComplaintEventKind.Escalated ? e.Clock : null;
        EscalationLevel? clockLevel = clock switch
        {
            ClockKind.FirstResponse => s.FirstResponseLevel,
            ClockKind.CustomerUpdate => s.CustomerUpdateLevel,
            ClockKind.Resolution => s.ResolutionLevel,
            _ => null,
        };
        return new EscalationEntry(e.ComplaintId, e.Sequence, e.At, clock, level,
            s.DepartmentId, s.OwnerAgentId, s.CustomerId, s.Severity, s.Priority, s.Status, s.FiledAt, e.Recipients ?? [], e.Kind,
            e.Sequence, clockLevel);
    }

    /// <summary>Field by field, with <c>Recipients</c> compared as a list of people.</summary>
    public bool Equals(EscalationEntry? other) =>
        other is not null && ComplaintId == other.ComplaintId && Sequence == other.Sequence && At == other.At
        && Clock == other.Clock && Level == other.Level && DepartmentId == other.DepartmentId
        && OwnerAgentId == other.OwnerAgentId && CustomerId == other.CustomerId && Severity == other.Severity
        && Priority == other.Priority && Status == other.Status && FiledAt == other.FiledAt && Kind == other.Kind
        && StatusSequence == other.StatusSequence && ClockLevelNow == other.ClockLevelNow
        && EscalationRecipients.Same(Recipients, other.Recipients);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ComplaintId);
        hash.Add(Sequence);
        hash.Add(At);
        hash.Add(Clock);
        hash.Add(Level);
        hash.Add(DepartmentId);
        hash.Add(OwnerAgentId);
        hash.Add(CustomerId);
        hash.Add(Severity);
        hash.Add(Priority);
        hash.Add(Status);
        hash.Add(FiledAt);
        hash.Add(Kind);
        hash.Add(StatusSequence);
        hash.Add(ClockLevelNow);
        hash.Add(EscalationRecipients.Hash(Recipients));
        return hash.ToHashCode();
    }
}
