using ComplaintGrid.History;

namespace ComplaintGrid.Grains.History;

/// <summary>
/// Writes complaints' events into the history read model; called only by complaints (their outbox, target
/// <c>History</c>), at least once per event.
/// </summary>
[Alias("cg.IHistoryProjectorGrain")]
internal interface IHistoryProjectorGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores <paramref name="record"/> (the complaint as it stood when it delivered) and <paramref name="events"/>
    /// (one complaint's, in sequence order), idempotently; answers the highest sequence now stored, so the complaint
    /// drops them from its outbox. Throws when the database fails: the complaint delivers again later.
    /// </summary>
    [Alias("Project")]
    Task<long> Project([Immutable] ComplaintHistoryRecord record, [Immutable] IReadOnlyList<ComplaintEvent> events);
}
