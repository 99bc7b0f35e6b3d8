namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// The escalation board as the per-silo publisher writes to it (same grain, key 0, as <see cref="IEscalationBoardGrain"/>,
/// which readers use).
/// </summary>
[Alias("cg.IEscalationBoardWriterGrain")]
internal interface IEscalationBoardWriterGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Adds escalations (an entry already on the board, same complaint and sequence, is ignored), then brings the rows of
    /// the complaints in <paramref name="complaints"/> up to where each stands now.
    /// </summary>
    [Alias("Apply")]
    Task Apply(IReadOnlyList<EscalationEntry> entries, IReadOnlyList<ComplaintNow> complaints);
}
