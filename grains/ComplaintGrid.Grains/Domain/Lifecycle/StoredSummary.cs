namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>A complaint's summary as its last stored event left it, with that event's sequence number.</summary>
/// <param name="Sequence">The sequence number of the complaint's last stored event.</param>
/// <param name="Summary">The complaint after that event.</param>
[GenerateSerializer, Immutable, Alias("cg.StoredSummary")]
public sealed record StoredSummary(
    [property: Id(0)] long Sequence,
    [property: Id(1)] ComplaintSummary Summary);
