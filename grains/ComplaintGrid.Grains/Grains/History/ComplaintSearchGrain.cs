using ComplaintGrid.History;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains.History;

/// <summary>Answers searches from this silo's history store; a stateless worker, so searches run on the silo that takes them.</summary>
[StatelessWorker]
internal sealed class ComplaintSearchGrain(ComplaintHistory history) : Grain, IComplaintSearchGrain
{
    public Task<ComplaintSearchPage> Search(ComplaintSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Integrators call this grain directly through the .NET client: the store sees only queries the API would accept.
        query.Check(new RuleCheck()).ThrowIfAny();
        var store = history.Store ?? throw new ComplaintGridUnavailableException("Search needs a durable storage profile (Embedded or Postgres) with ComplaintGrid:History:Enabled on; this silo keeps no complaint history.");
        return store.Search(query);
    }
}
