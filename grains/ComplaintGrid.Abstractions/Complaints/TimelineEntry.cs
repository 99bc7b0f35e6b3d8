namespace ComplaintGrid;

/// <summary>One step in a complaint's audit trail and progress log.</summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">What.</param>
/// <param name="Detail">Details for a person.</param>
/// <param name="CustomerFacing">Whether the customer was told.</param>
/// <param name="Via">Which door the act came through (user, API key, cluster client, system, simulator); null on entries
/// stored before ComplaintGrid recorded it.</param>
[GenerateSerializer, Immutable, Alias("cg.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] ComplaintEventKind Kind,
    [property: Id(4)] string Detail,
    [property: Id(5)] bool CustomerFacing,
    [property: Id(6)] ActOrigin? Via = null);
