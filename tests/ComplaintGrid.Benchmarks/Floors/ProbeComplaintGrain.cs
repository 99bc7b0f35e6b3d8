using ComplaintGrid.Hosting;

namespace ComplaintGrid.Benchmarks.Floors;

internal sealed class ProbeComplaintGrain(
    [PersistentState("probe-complaint", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state) : Grain, IProbeComplaintGrain
{
    public async Task<long> Event(string customerId, string departmentId)
    {
        var sequence = ++state.State.Sequence;
        await state.WriteStateAsync();
        await Task.WhenAll(
            GrainFactory.GetGrain<IProbeViewGrain>(customerId).Apply(sequence),
            GrainFactory.GetGrain<IProbeViewGrain>(departmentId).Apply(sequence));
        return sequence;
    }
}
