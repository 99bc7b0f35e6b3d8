using ComplaintGrid.History;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains.History;

/// <summary>Answers reports from this silo's history store; a stateless worker, so reports run on the silo that takes them.</summary>
[StatelessWorker]
internal sealed class ComplaintReportGrain(ComplaintHistory history, [FromKeyedServices(ComplaintGridClock.Key)] TimeProvider clock)
    : Grain, IComplaintReportGrain
{
    public Task<ServiceReport> ServiceReport(ServiceReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Integrators call this grain directly through the .NET client: the store sees only queries the API would accept.
        query.Check(new RuleCheck()).ThrowIfAny();
        return Store().ServiceReport(query, clock.GetUtcNow());
    }

    public Task<RootCauseReport> RootCauses(RootCauseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Check(new RuleCheck()).ThrowIfAny();
        return Store().RootCauses(query);
    }

    private IComplaintHistoryStore Store() =>
        history.Store ?? throw new ComplaintGridUnavailableException("Reports need a durable storage profile (Embedded or Postgres); this silo keeps no complaint history.");
}
