using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Routing;
using ComplaintGrid.Grains.Feed;
using ComplaintGrid.Hosting;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains;

/// <summary>Owns one department's live queue view, derived from complaint events, and its agents on shift.</summary>
internal sealed class DepartmentGrain(
    [PersistentState("department", ComplaintGridStorage.Name)] IPersistentState<DepartmentState> state,
    [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock,
    RoutingTable routing,
    IOptions<QueueHealthOptions> thresholds,
    ComplaintGridMetrics metrics) : Grain, IDepartmentGrain
{
    private GroupCommit? _commit;

    private DepartmentQueue Queue => new(this.GetPrimaryKeyString(), state.State);

    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ReportOpen();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // The view may activate on another process next: this one reports zeros, so a cluster-wide sum stays right.
        if (routing.IsKnown(this.GetPrimaryKeyString()))
            metrics.ReportOpen(this.GetPrimaryKeyString(), new Dictionary<ComplaintStatus, int>());
        return Task.CompletedTask;
    }

    /// <summary>Interleaves (see the interface): the change is synchronous, the write is shared with concurrent callers.</summary>
    public async Task Apply(IReadOnlyList<ComplaintEvent> events)
    {
        if (Queue.Apply(events, clock.GetUtcNow()))
        {
            await Commit.Commit();
            ReportOpen();
            DashboardPublishing.Escalations(GrainFactory, events);
        }
    }

    public Task<DepartmentView> Get()
    {
        RequireConfigured();
        return Task.FromResult(View());
    }

    public Task<IReadOnlyList<ComplaintSummary>> ListOpen()
    {
        RequireConfigured();
        return Task.FromResult(Queue.OpenByUrgency());
    }

    public async Task<DepartmentView> StartShift(string agentId)
    {
        RequireConfigured();
        new RuleCheck().Identifier("agentId", agentId).ThrowIfAny();
        if (Queue.StartShift(agentId))
            await Commit.Commit();
        return View();
    }

    public async Task<DepartmentView> EndShift(string agentId)
    {
        RequireConfigured();
        new RuleCheck().Identifier("agentId", agentId).ThrowIfAny();
        if (Queue.EndShift(agentId))
            await Commit.Commit();
        return View();
    }

    private DepartmentView View()
    {
        var id = this.GetPrimaryKeyString();
        return Queue.ToView(routing.NameOf(id), thresholds.Value, clock.GetUtcNow());
    }

    private void ReportOpen()
    {
        // Only configured departments become labels: a grain activated for a mistyped id must not add a series.
        var id = this.GetPrimaryKeyString();
        if (!routing.IsKnown(id))
            return;
        metrics.ReportOpen(id, state.State.Open.Values.Where(c => c.IsOpen).GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()));
    }

    private void RequireConfigured()
    {
        var id = this.GetPrimaryKeyString();
        if (!routing.IsKnown(id))
            throw new ComplaintGridException(ErrorCodes.UnknownDepartment, "departmentId", $"departmentId '{id}' is not a configured department.");
    }
}
