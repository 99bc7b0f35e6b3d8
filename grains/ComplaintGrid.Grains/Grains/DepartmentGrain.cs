using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Routing;
using ComplaintGrid.Grains.Feed;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace ComplaintGrid.Grains;

/// <summary>
/// Owns one department's live queue view, derived from complaint events, and its agents on shift. Events are applied
/// in memory and stored on a checkpoint (<see cref="ViewCheckpoint"/>); agents' shifts are stored before answering.
/// </summary>
internal sealed class DepartmentGrain(
    [PersistentState("department", ComplaintGridStorage.Name)] IPersistentState<DepartmentState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    RoutingTable routing,
    IOptions<QueueHealthOptions> thresholds,
    IOptions<BreachForecastOptions> forecast,
    ClockPolicy clocks,
    IOptions<ComplaintGrainOptions> options,
    ComplaintGridMetrics metrics,
    DeepCopier copier,
    ILogger<DepartmentGrain> logger) : Grain, IDepartmentGrain, IDepartmentViewGrain
{
    // The key decoded once: GetPrimaryKeyString builds a new string from the grain id on every call.
    private string _id = null!;
    private DepartmentQueue _queue = null!;
    private ViewCheckpoint _checkpoint = null!;
    private SnapshotWriter<DepartmentState> _snapshot = null!;

    // In memory only: the feed reads them with the view so rows and tiles arrive together; the board keeps them stored.
    private readonly Queue<EscalationEntry> _recentEscalations = new();
    private long _escalationsApplied;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _id = this.GetPrimaryKeyString();
        _snapshot = new SnapshotWriter<DepartmentState>(state, copier);
        _queue = new DepartmentQueue(_id, _snapshot.Live);
        _checkpoint = new ViewCheckpoint(this, _snapshot.Write, options.Value.ViewCheckpointPeriod, stored: null, CheckpointFailed);
        ReportOpen();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Stored on the way out so complaints need not redeliver; if this fails they do, so nothing is lost.
        await _checkpoint.SaveBeforeDeactivation(ex => GrainLog.ViewCheckpointFailed(logger, ex, "department", _id));
        // The view may activate on another process next: this one reports zeros, so a cluster-wide sum stays right.
        if (routing.IsKnown(_id))
            metrics.ReportOpen(_id, []);
    }

    /// <summary>Interleaves (see the interface): applies in memory and answers at once with what is stored.</summary>
    public Task<long> Apply(IReadOnlyList<ComplaintEvent> events)
    {
        var complaintId = DeliveredEvents.ComplaintOf(events);
        var held = _snapshot.Live.LastSequence.GetValueOrDefault(complaintId);
        if (_queue.Apply(events, clock.GetUtcNow()))
        {
            _checkpoint.Changing(complaintId, held);
            ReportOpen();
            if (DashboardPublishing.Escalations(GrainFactory, events, after: held) is { } escalations)
                KeepRecent(escalations);
        }
        return Task.FromResult(_checkpoint.Stored(complaintId, _queue.Held(complaintId, events)));
    }

    public Task<DepartmentView> Get()
    {
        RequireConfigured();
        return Task.FromResult(View());
    }

    public Task<DepartmentFeedRead> ReadForFeed(long escalationsSeen)
    {
        RequireConfigured();
        var unseen = escalationsSeen > _escalationsApplied || escalationsSeen < 0
            ? _recentEscalations.Count
            : (int)Math.Min(_escalationsApplied - escalationsSeen, _recentEscalations.Count);
        IReadOnlyList<EscalationEntry> escalations = unseen == 0 ? [] : _recentEscalations.Skip(_recentEscalations.Count - unseen).ToArray();
        return Task.FromResult(new DepartmentFeedRead(View(), _escalationsApplied, escalations));
    }

    public Task<IReadOnlyList<ComplaintSummary>> ListOpen()
    {
        RequireConfigured();
        return Task.FromResult(_queue.OpenByUrgency());
    }

    public async Task<DepartmentView> StartShift(string agentId)
    {
        RequireConfigured();
        new RuleCheck().Identifier("agentId", agentId).ThrowIfAny();
        if (_queue.StartShift(agentId))
        {
            _checkpoint.Changed();
            await _checkpoint.Save();
        }
        return View();
    }

    public async Task<DepartmentView> EndShift(string agentId)
    {
        RequireConfigured();
        new RuleCheck().Identifier("agentId", agentId).ThrowIfAny();
        if (_queue.EndShift(agentId))
        {
            _checkpoint.Changed();
            await _checkpoint.Save();
        }
        return View();
    }

    public Task ReleaseDeparted(string complaintId, long sequence)
    {
        new RuleCheck().Identifier("complaintId", complaintId).ThrowIfAny();
        // Stored with the next checkpoint; if that is lost, the complaint is remembered until the one-day fallback.
        if (_queue.Release(complaintId, sequence))
            _checkpoint.Changed();
        return Task.CompletedTask;
    }

    private Task CheckpointFailed(Exception ex)
    {
        GrainLog.ViewCheckpointFailed(logger, ex, "department", _id);
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private void KeepRecent(List<EscalationEntry> escalations)
    {
        foreach (var entry in escalations)
        {
            _recentEscalations.Enqueue(entry);
            _escalationsApplied++;
        }
        while (_recentEscalations.Count > IDepartmentGrain.RecentEscalationsKept)
            _recentEscalations.Dequeue();
    }

    private DepartmentView View() =>
        _queue.ToView(routing.NameOf(_id), thresholds.Value, clock.GetUtcNow(), forecast.Value, severity => clocks.AllowancesFor(_id, severity));

    private void ReportOpen()
    {
        // Only configured departments become labels: a grain activated for a mistyped id must not add a series.
        if (routing.IsKnown(_id))
            metrics.ReportOpen(_id, _queue.OpenCountsByStatus());
    }

    private void RequireConfigured()
    {
        if (!routing.IsKnown(_id))
            throw new ComplaintGridException(ErrorCodes.UnknownDepartment, "departmentId", $"departmentId '{_id}' is not a configured department.");
    }
}
