using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>The escalation feed (key 0): the newest escalations, each once. Silos fill it; the dashboard reads it.</summary>
[Alias("cg.IEscalationBoardGrain")]
public interface IEscalationBoardGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The board, or null when its version is still <paramref name="knownVersion"/> (nothing to send). Interleaves,
    /// so the dashboard's read never waits behind a batch's write (it may show that batch a moment before it is stored).
    /// </summary>
    [Alias("GetIfChanged"), ReadOnly, AlwaysInterleave]
    Task<EscalationBoard?> GetIfChanged(long knownVersion);
}
