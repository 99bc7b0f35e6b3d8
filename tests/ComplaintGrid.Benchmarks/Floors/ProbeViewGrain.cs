using ComplaintGrid.Grains;
using ComplaintGrid.Hosting;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// A view probe that applies in memory and answers at once, as the real views do since they store on a timer
/// (<see cref="ViewCheckpoint"/>, about 0.1 writes per event in all): the floor leaves those few writes out, so it is the
/// stricter comparison.
/// </summary>
internal sealed class ProbeViewGrain(
    [PersistentState("probe-view", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state) : Grain, IProbeViewGrain
{
    public Task Apply(long sequence)
    {
        state.State.Sequence = Math.Max(state.State.Sequence, sequence);
        return Task.CompletedTask;
    }
}
