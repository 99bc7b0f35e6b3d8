using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.Feed;

/// <summary>Keeps the customers most at risk; fed in batches by each silo's <see cref="DashboardPublisherGrain"/>.</summary>
internal sealed class RiskBoardGrain(
    [PersistentState("riskBoard", ComplaintGridStorage.Name)] IPersistentState<RiskBoardState> state) : Grain, IRiskBoardGrain
{
    private GroupCommit? _commit;

    private RiskRanking Ranking => new(state.State);

    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    public async Task Update(IReadOnlyList<CustomerRiskEntry> entries)
    {
        // The candidates change on every batch, the shown ranking less often: store both, wake readers only for the latter.
        Ranking.Update(entries);
        await Commit.Commit();
    }

    public Task<RiskBoard?> GetIfChanged(long knownVersion) =>
        Task.FromResult(state.State.Version == knownVersion ? null : Ranking.ToBoard());
}
