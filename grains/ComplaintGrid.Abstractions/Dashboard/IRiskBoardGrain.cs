using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>The customers most at risk of churning (key 0), ranked by their latest score. Silos fill it; the dashboard reads it.</summary>
[Alias("cg.IRiskBoardGrain")]
public interface IRiskBoardGrain : IGrainWithIntegerKey
{
    /// <summary>The board, or null when its version is still <paramref name="knownVersion"/> (nothing to send).</summary>
    [Alias("GetIfChanged"), ReadOnly]
    Task<RiskBoard?> GetIfChanged(long knownVersion);
}
