using ComplaintGrid.Hosting;

namespace ComplaintGrid.Benchmarks.Floors;

internal sealed class ProbeWriterGrain(
    [PersistentState("probe-writer", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state) : Grain, IProbeWriterGrain
{
    public async Task<long> Write()
    {
        var sequence = ++state.State.Sequence;
        await state.WriteStateAsync();
        return sequence;
    }
}
