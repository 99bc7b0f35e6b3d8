namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// The risk board as the per-silo publisher writes to it (same grain, key 0, as <see cref="IRiskBoardGrain"/>, which
/// readers use).
/// </summary>
[Alias("cg.IRiskBoardWriterGrain")]
internal interface IRiskBoardWriterGrain : IGrainWithIntegerKey
{
    /// <summary>Records customers' latest scores; an entry older than the one on the board is ignored.</summary>
    [Alias("Update")]
    Task Update(IReadOnlyList<CustomerRiskEntry> entries);
}
