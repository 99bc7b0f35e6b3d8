using ComplaintGrid.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// Keeps the customers most at risk; fed in batches by each silo's <see cref="DashboardPublisherGrain"/>. A batch
/// changes memory and answers at once; the board is stored on a checkpoint (<see cref="ViewCheckpoint"/>), at most
/// once a <see cref="ComplaintGrainOptions.ViewCheckpointPeriod"/>, not once per batch: its 200 candidates are tens of
/// kilobytes, and batches come four times a second per silo. So the feed's reads never wait behind a write either.
/// A board that loses what it had not stored shows those customers again at their next step. The checkpoint writes a
/// copy (<see cref="SnapshotWriter{T}"/>): batches now change the board while its write is in flight.
/// </summary>
internal sealed class RiskBoardGrain(
    [PersistentState("riskBoard", ComplaintGridStorage.Name)] IPersistentState<RiskBoardState> state,
    IOptions<ComplaintGrainOptions> options,
    DeepCopier copier,
    ILogger<RiskBoardGrain> logger) : Grain, IRiskBoardGrain, IRiskBoardWriterGrain
{
    private SnapshotWriter<RiskBoardState> _snapshot = null!;
    private ViewCheckpoint _checkpoint = null!;

    private RiskRanking Ranking => new(_snapshot.Live);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _snapshot = new SnapshotWriter<RiskBoardState>(state, copier);
        _checkpoint = new ViewCheckpoint(this, _snapshot.Write, options.Value.ViewCheckpointPeriod, stored: null, CheckpointFailed);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _checkpoint.SaveBeforeDeactivation(ex => FeedLog.RiskBoardCheckpointFailed(logger, ex));

    public Task Update(IReadOnlyList<CustomerRiskEntry> entries)
    {
        // The candidates change on every batch, the shown ranking less often: store both, wake readers only for the latter.
        Ranking.Update(entries);
        _checkpoint.Changed();
        return Task.CompletedTask;
    }

    public Task<RiskBoard?> GetIfChanged(long knownVersion) =>
        Task.FromResult(_snapshot.Live.Version == knownVersion ? null : Ranking.ToBoard());

    private Task CheckpointFailed(Exception ex)
    {
        // Start again from what is stored rather than keep writing over a state another activation may have written.
        FeedLog.RiskBoardCheckpointFailed(logger, ex);
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
