namespace ComplaintGrid;

/// <summary>One complaint found by a search, as the history read model holds it (no free text: read the complaint for that).</summary>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="CustomerId">Customer.</param>
/// <param name="Reference">Reference, if any.</param>
/// <param name="Status">Status.</param>
/// <param name="DepartmentId">Responsible department.</param>
/// <param name="Category">Category.</param>
/// <param name="Severity">Severity at filing.</param>
/// <param name="Cause">Cause, once assessed.</param>
/// <param name="FiledAt">Filed.</param>
/// <param name="AcknowledgedAt">Acknowledged.</param>
/// <param name="ClosedAt">Closed.</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintSearchHit")]
public sealed record ComplaintSearchHit(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string? Reference,
    [property: Id(3)] ComplaintStatus Status,
    [property: Id(4)] string DepartmentId,
    [property: Id(5)] Category Category,
    [property: Id(6)] Severity Severity,
    [property: Id(7)] Cause? Cause,
    [property: Id(8)] DateTimeOffset FiledAt,
    [property: Id(9)] DateTimeOffset? AcknowledgedAt,
    [property: Id(10)] DateTimeOffset? ClosedAt);
