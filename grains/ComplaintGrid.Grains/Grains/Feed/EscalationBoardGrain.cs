using ComplaintGrid.Hosting;

namespace ComplaintGrid.Grains.Feed;

/// <summary>Keeps the escalation feed; fed in batches by each silo's <see cref="DashboardPublisherGrain"/>.</summary>
internal sealed class EscalationBoardGrain(
    [PersistentState("escalationBoard", ComplaintGridStorage.Name)] IPersistentState<EscalationBoardState> state) : Grain, IEscalationBoardGrain, IEscalationBoardWriterGrain
{
    private GroupCommit? _commit;

    private EscalationLog Log => new(state.State);

    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    public async Task Apply(IReadOnlyList<EscalationEntry> entries, IReadOnlyList<ComplaintNow> complaints)
    {
        if (Log.Apply(entries, complaints))
            await Commit.Commit();
    }

    public Task<EscalationBoard?> GetIfChanged(long knownVersion) =>
        Task.FromResult(state.State.Version == knownVersion ? null : Log.ToBoard());
}
