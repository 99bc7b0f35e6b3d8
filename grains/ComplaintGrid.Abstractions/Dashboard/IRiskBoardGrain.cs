using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>The customers most at risk of churning (key 0), ranked by their latest score.</summary>
[Alias("cg.IRiskBoardGrain")]
public interface IRiskBoardGrain : IGrainWithIntegerKey
{
    /// <summary>Records customers' latest scores; an entry older than the one on the board is ignored.</summary>
    [Alias("Update")]
    Task Update(IReadOnlyList<CustomerRiskEntry> entries);

    /// <summary>The board, or null when its version is still <paramref name="knownVersion"/> (nothing to send).</summary>
    [Alias("GetIfChanged"), ReadOnly]
    Task<RiskBoard?> GetIfChanged(long knownVersion);
}
