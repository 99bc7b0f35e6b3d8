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
    [property: Id(8)] ClockDues? Dues = null);
