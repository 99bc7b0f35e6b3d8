namespace ComplaintGrid.History;

/// <summary>
/// The history read model's database: SQLite for the embedded profile, PostgreSQL for clusters (the silo implements
/// both). Every write is idempotent: a row is replaced only by one at the same or a later sequence, an event is
/// inserted once, so a redelivery or an older event arriving late changes nothing. A failure throws, and the complaint's
/// outbox delivers again later.
/// </summary>
public interface IComplaintHistoryStore
{
    /// <summary>Writes the complaint's row (unless the stored one is newer) and its events (unless already there), in one transaction.</summary>
    Task Apply(ComplaintHistoryRecord record, IReadOnlyList<ComplaintHistoryEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes many complaints' rows and events by the same rules as <see cref="Apply"/>, all in one transaction: every
    /// update is committed or none is. The same complaint may appear more than once; its latest row stands.
    /// </summary>
    Task ApplyMany(IReadOnlyList<ComplaintHistoryUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>The complaint's row, or null when the model has none.</summary>
    Task<ComplaintHistoryRecord?> Get(string complaintId, CancellationToken cancellationToken = default);

    /// <summary>The events the model holds of one complaint, in sequence order.</summary>
    Task<IReadOnlyList<ComplaintHistoryEvent>> Events(string complaintId, CancellationToken cancellationToken = default);

    /// <summary>One page of matching complaints, newest filing first; throws <see cref="ComplaintGridException"/> on an unknown cursor.</summary>
    Task<ComplaintSearchPage> Search(ComplaintSearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The service report over <paramref name="query"/>'s periods (docs/design.md maps each figure to the tables). A hold
    /// not yet resumed counts until <paramref name="asOf"/> (now) or the complaint's close.
    /// </summary>
    Task<ServiceReport> ServiceReport(ServiceReportQuery query, DateTimeOffset asOf, CancellationToken cancellationToken = default);

    /// <summary>The root-cause Pareto over <paramref name="query"/>'s range, per department.</summary>
    Task<RootCauseReport> RootCauses(RootCauseQuery query, CancellationToken cancellationToken = default);
}
