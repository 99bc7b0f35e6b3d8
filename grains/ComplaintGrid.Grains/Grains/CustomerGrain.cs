using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Grains.Feed;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace ComplaintGrid.Grains;

/// <summary>
/// Owns one customer's history view; rescored on every complaint event it applies. Events are applied in memory and
/// stored on a checkpoint (<see cref="ViewCheckpoint"/>); a profile is stored before answering.
/// </summary>
internal sealed class CustomerGrain(
    [PersistentState("customer", ComplaintGridStorage.Name)] IPersistentState<CustomerState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    IOptions<ComplaintGrainOptions> options,
    ComplaintGridMetrics metrics,
    DeepCopier copier,
    ILogger<CustomerGrain> logger) : Grain, ICustomerGrain
{
    // The key decoded once: GetPrimaryKeyString builds a new string from the grain id on every call.
    private string _id = null!;
    private CustomerHistory _history = null!;
    private ViewCheckpoint _checkpoint = null!;
    private SnapshotWriter<CustomerState> _snapshot = null!;
    private bool _riskChanged;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _id = this.GetPrimaryKeyString();
        _snapshot = new SnapshotWriter<CustomerState>(state, copier);
        _history = new CustomerHistory(_snapshot.Live);
        // The dashboard's board is fed a few times a second anyway: the risk is published once per checkpoint, not per event.
        _checkpoint = new ViewCheckpoint(this, _snapshot.Write, options.Value.ViewCheckpointPeriod, PublishRisk, CheckpointFailed);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        PublishRisk();
        // Stored on the way out so complaints need not redeliver; if this fails they do, so nothing is lost.
        await _checkpoint.SaveBeforeDeactivation(ex => GrainLog.ViewCheckpointFailed(logger, ex, "customer", _id));
    }

    /// <summary>Interleaves (see the interface): applies in memory and answers at once with what is stored.</summary>
    public Task<long> Apply(IReadOnlyList<ComplaintEvent> events)
    {
        var complaintId = DeliveredEvents.ComplaintOf(events);
        var held = _snapshot.Live.LastSequence.GetValueOrDefault(complaintId);
        if (_history.Apply(events, clock.GetUtcNow()))
        {
            _checkpoint.Changing(complaintId, held);
            if (_snapshot.Live.LastScore is { } score)
                metrics.RecordChurnScore(score);
            _riskChanged = true;
        }
        return Task.FromResult(_checkpoint.Stored(complaintId, _snapshot.Live.LastSequence.GetValueOrDefault(complaintId)));
    }

    public Task<CustomerView> Get() => Task.FromResult(_history.ToView(_id, clock.GetUtcNow()));

    public async Task<CustomerView> SetProfile(CustomerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        new RuleCheck().Known("valueTier", profile.ValueTier).ThrowIfAny();
        var now = clock.GetUtcNow();
        if (profile.CustomerSince > now)
            throw new ComplaintGridException(ErrorCodes.OutOfRange, "customerSince", "customerSince must not be in the future.");
        _history.SetProfile(profile, now);
        _checkpoint.Changed();
        await _checkpoint.Save();
        _riskChanged = true;
        PublishRisk();
        return _history.ToView(_id, now);
    }

    private Task CheckpointFailed(Exception ex)
    {
        GrainLog.ViewCheckpointFailed(logger, ex, "customer", _id);
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private void PublishRisk()
    {
        if (!_riskChanged || _history.LastRisk is not { } risk)
            return;
        _riskChanged = false;
        DashboardPublishing.CustomerRisk(GrainFactory, _id, _history, risk);
    }
}
