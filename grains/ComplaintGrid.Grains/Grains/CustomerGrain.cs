using ComplaintGrid.Domain.BadFaith;
using ComplaintGrid.Domain.Churn;
using ComplaintGrid.Domain.Duplicates;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Grains.Churn;
using ComplaintGrid.Grains.Feed;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace ComplaintGrid.Grains;

/// <summary>
/// Owns one customer's history view; rescored on every complaint event it applies. Events are applied in memory. Only
/// what the view could not ask for again is stored, on a checkpoint (<see cref="ViewCheckpoint"/>): a complaint it did
/// not know and the profile (stored before answering). Every later step of a complaint, its close included, is
/// acknowledged as soon as it is applied, since the complaint has stored it: on activation the view asks each
/// complaint it stored as open for its stored summary (and stores those it finds closed). So a complaint's steps, hours
/// apart in a contact centre, cost the customer one write in all: at filing.
/// </summary>
internal sealed partial class CustomerGrain(
    [PersistentState("customer", ComplaintGridStorage.Name)] IPersistentState<CustomerState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    IOptions<ComplaintGrainOptions> options,
    IOptions<BadFaithOptions> badFaithOptions,
    ComplaintGridMetrics metrics,
    DeepCopier copier,
    CurrentChurnModel churnModel,
    DuplicateDetector duplicates,
    ILogger<CustomerGrain> logger) : Grain, ICustomerGrain, ICustomerViewGrain
{
    // The key decoded once: GetPrimaryKeyString builds a new string from the grain id on every call.
    private string _id = null!;
    private CustomerHistory _history = null!;
    private ViewCheckpoint _checkpoint = null!;
    private SnapshotWriter<CustomerState> _snapshot = null!;
    private bool _riskChanged;

    // Open complaints that could not be asked for their stored summaries on activation: asked again on a timer.
    private List<string>? _unasked;
    private IGrainTimer? _askTimer;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _id = this.GetPrimaryKeyString();
        _snapshot = new SnapshotWriter<CustomerState>(state, copier);
        _history = new CustomerHistory(_snapshot.Live, () => churnModel.Weights);
        // The dashboard's board is fed a few times a second anyway: the risk is published once per checkpoint tick, not
        // per event, including ticks for steps the view does not store.
        _checkpoint = new ViewCheckpoint(this, _snapshot.Write, options.Value.ViewCheckpointPeriod, PublishRisk, CheckpointFailed);
        await AskOpenComplaints(_history.OpenComplaintIds());
        BadFaithActivated();
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
        var live = _snapshot.Live;
        var held = live.LastSequence.GetValueOrDefault(complaintId);
        var heldSummary = live.Complaints.GetValueOrDefault(complaintId);
        if (_history.Apply(events, clock.GetUtcNow()))
        {
            if (events.Any(e => e.Kind == ComplaintEventKind.PersonalDataErased))
                DuplicateDetector.Forget(live.RecentFilings, complaintId);
            if (CustomerHistory.MustStore(heldSummary, events))
                _checkpoint.Changing(complaintId, held);
            else
                _checkpoint.ChangedInMemory();
            if (_snapshot.Live.LastScore is { } score)
                metrics.RecordChurnScore(score);
            _riskChanged = true;
            BadFaithApplied(events);
        }
        return Task.FromResult(_checkpoint.Stored(complaintId, _snapshot.Live.LastSequence.GetValueOrDefault(complaintId)));
    }

    public Task<CustomerView> Get() => Task.FromResult(_history.ToView(_id, clock.GetUtcNow()));

    public Task<bool> HasComplaint(string complaintId) => Task.FromResult(_snapshot.Live.Complaints.ContainsKey(complaintId));

    public Task<ValueTier> ValueTier() => Task.FromResult(_snapshot.Live.Profile.ValueTier);

    /// <summary>
    /// Remembered in memory only: the complaint's filing event follows at once and is stored (a complaint the view did not
    /// know), and this with it. A complaint the view does not know yet counts as open: it is being filed.
    /// </summary>
    public Task<string?> LinkDuplicate(DuplicateProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!duplicates.Options.Enabled)
            return Task.FromResult<string?>(null);
        var live = _snapshot.Live;
        var primary = duplicates.Link(live.RecentFilings, probe, clock.GetUtcNow(),
            id => !live.Complaints.TryGetValue(id, out var known) || known.IsOpen);
        _checkpoint.ChangedInMemory();
        return Task.FromResult(primary);
    }

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

    /// <summary>
    /// Stores the outcome here before handing it to the registry: a retry after a failed hand-over finds it stored (a
    /// repeat) and hands it over again, which the registry ignores when it already has it.
    /// </summary>
    public async Task<CustomerOutcomeRecord> RecordOutcome(RecordCustomerOutcome command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (record, added) = _history.RecordOutcome(_id, command, clock.GetUtcNow());
        if (added)
        {
            _checkpoint.Changed();
            await _checkpoint.Save();
        }
        await GrainFactory.GetGrain<IChurnModelGrain>(0).Keep(record);
        ChurnLog.OutcomeRecorded(logger, _id, record.Outcome);
        return record;
    }

    /// <summary>
    /// Asks every complaint this view knows to erase its texts, all at once. Each complaint delivers its erasure event
    /// back here (which interleaves with this call) and to its other views; a failure of any reaches the caller, whose
    /// retry erases what is left, since a complaint already erased answers at once.
    /// </summary>
    public async Task<PersonalDataErasure> ErasePersonalData(ErasePersonalData command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandValidator.Validate(command);
        var ids = _snapshot.Live.Complaints.Keys.ToArray();
        var erasures = new Task<bool>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            erasures[i] = GrainFactory.GetGrain<IComplaintErasure>(ids[i]).ErasePersonalData(command);
        var results = await Task.WhenAll(erasures);
        var erased = results.Count(r => r);
        GrainLog.CustomerErased(logger, _id, erased, ids.Length);
        return new PersonalDataErasure(_id, ids.Length, erased);
    }

    /// <summary>
    /// Takes each open complaint's stored summary where it is newer than the one stored here (steps acknowledged
    /// without a write). A complaint that cannot answer keeps its stored summary, which its next event replaces
    /// whole, and is asked again on a timer; the view answers meanwhile rather than waiting on it.
    /// </summary>
    private async Task AskOpenComplaints(List<string> complaintIds)
    {
        if (complaintIds.Count == 0)
            return;
        var asks = new Task<StoredSummary?>[complaintIds.Count];
        for (var i = 0; i < complaintIds.Count; i++)
            asks[i] = Ask(complaintIds[i]);
        try
        {
            await Task.WhenAll(asks);
        }
        catch
        {
            // Each failed ask is logged below and asked again.
        }
        var live = _snapshot.Live;
        var refreshed = false;
        List<string>? unasked = null;
        for (var i = 0; i < asks.Length; i++)
        {
            if (!asks[i].IsCompletedSuccessfully)
            {
                GrainLog.SummaryAskFailed(logger, asks[i].Exception?.InnerException, _id, complaintIds[i]);
                (unasked ??= []).Add(complaintIds[i]);
                continue;
            }
            if (asks[i].Result is not { } stored)
                continue;
            var complaintId = stored.Summary.ComplaintId;
            var held = live.LastSequence.GetValueOrDefault(complaintId);
            if (!_history.Refresh(stored))
                continue;
            refreshed = true;
            // Closed since this view last stored it: stored now, so later activations need not ask it again.
            if (CustomerHistory.StoreOnRefresh(stored.Summary))
                _checkpoint.Changing(complaintId, held);
        }
        if (refreshed)
        {
            _history.Rescore(clock.GetUtcNow());
            _riskChanged = true;
            _checkpoint.ChangedInMemory();
        }
        _unasked = unasked;
        if (_unasked is null)
        {
            _askTimer?.Dispose();
            _askTimer = null;
        }
        else
        {
            var period = options.Value.DeliveryRetryPeriod;
            _askTimer ??= this.RegisterGrainTimer(AskAgain, new GrainTimerCreationOptions(period, period) { Interleave = true });
        }
    }

    private Task AskAgain(CancellationToken cancellationToken) => _unasked is { } ids ? AskOpenComplaints(ids) : Task.CompletedTask;

    /// <summary>Asks a complaint; a call that fails before it is sent fails its task, like one that fails on the way.</summary>
    private Task<StoredSummary?> Ask(string complaintId)
    {
        try
        {
            return GrainFactory.GetGrain<IComplaintSummarySource>(complaintId).GetStoredSummary();
        }
        catch (Exception ex)
        {
            return Task.FromException<StoredSummary?>(ex);
        }
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
