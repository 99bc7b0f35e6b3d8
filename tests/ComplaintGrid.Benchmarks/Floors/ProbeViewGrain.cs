using ComplaintGrid.Grains;
using ComplaintGrid.Hosting;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>Coalesces concurrent writes with the real views' own <see cref="GroupCommit"/>, so the floor writes as they do.</summary>
internal sealed class ProbeViewGrain(
    [PersistentState("probe-view", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state) : Grain, IProbeViewGrain
{
    private GroupCommit? _commit;

    public Task Apply(long sequence)
    {
        state.State.Sequence++;
        return (_commit ??= new GroupCommit(() => state.WriteStateAsync())).Commit();
    }
}
