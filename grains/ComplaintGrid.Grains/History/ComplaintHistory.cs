namespace ComplaintGrid.History;

/// <summary>
/// Whether this silo keeps the history read model, and where: a durable profile registers an
/// <see cref="IComplaintHistoryStore"/>; the in-memory profile has none, a silo with <see cref="HistoryOptions.Enabled"/> off
/// ignores it, and complaints then queue nothing for it.
/// </summary>
public sealed class ComplaintHistory(IComplaintHistoryStore? store)
{
    /// <summary>The store, or null when this silo keeps no history.</summary>
    public IComplaintHistoryStore? Store { get; } = store;

    /// <summary>The silo's one writer of projected events into <see cref="Store"/>, or null when this silo keeps no history.</summary>
    public HistoryWriter? Writer { get; } = store is null ? null : new HistoryWriter(store);

    /// <summary>True when complaints deliver their events to the history.</summary>
    public bool Enabled => Store is not null;
}
