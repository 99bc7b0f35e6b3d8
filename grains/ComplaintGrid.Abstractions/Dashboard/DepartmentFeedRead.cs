namespace ComplaintGrid;

/// <summary>
/// One department as the live feed reads it: its view and the escalations it applied since the feed's last read,
/// taken in the same turn of the department grain, so a tile and the escalation rows that changed it arrive together.
/// </summary>
/// <param name="View">The queue health now.</param>
/// <param name="EscalationsApplied">How many escalations this activation has applied; the reader passes it back next time.</param>
/// <param name="Escalations">The escalations applied since the count the reader passed, oldest first, at most the most recent
/// <see cref="IDepartmentGrain.RecentEscalationsKept"/>; all of those kept when the count passed is above this activation's.</param>
[GenerateSerializer, Immutable, Alias("cg.DepartmentFeedRead")]
public sealed record DepartmentFeedRead(
    [property: Id(0)] DepartmentView View,
    [property: Id(1)] long EscalationsApplied,
    [property: Id(2)] IReadOnlyList<EscalationEntry> Escalations);
