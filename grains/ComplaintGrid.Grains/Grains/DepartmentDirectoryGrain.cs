using ComplaintGrid.Domain.Routing;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>Lists the configured departments with their health; a stateless worker so every silo answers locally.</summary>
[StatelessWorker]
internal sealed class DepartmentDirectoryGrain(RoutingTable routing) : Grain, IDepartmentDirectoryGrain
{
    public async Task<IReadOnlyList<DepartmentView>> List() =>
        await Task.WhenAll(routing.Departments.Select(d => GrainFactory.GetGrain<IDepartmentGrain>(d.Id).Get()));

    public async Task<IReadOnlyList<DepartmentFeedRead>> ReadForFeed(IReadOnlyDictionary<string, long> escalationsSeen) =>
        await Task.WhenAll(routing.Departments.Select(d =>
            GrainFactory.GetGrain<IDepartmentGrain>(d.Id).ReadForFeed(escalationsSeen.GetValueOrDefault(d.Id, -1))));
}
