using ComplaintGrid.Hosting;

namespace ComplaintGrid.Benchmarks.Floors;

internal sealed class ProbeWriterGrain(
    [PersistentState("probe-writer", ComplaintGridStorage.Name)] IPersistentState<ProbeState> state) : Grain, IProbeWriterGrain
{
    public async Task<long> Write(int payloadBytes)
    {
        if (state.State.Payload.Length != payloadBytes)
            state.State.Payload = new byte[payloadBytes];
        // Different bytes each write, as a real state's, so no layer can skip an unchanged value.
        if (payloadBytes > 0)
            state.State.Payload[state.State.Sequence % payloadBytes] ^= 0x5A;
        var sequence = ++state.State.Sequence;
        await state.WriteStateAsync();
        return sequence;
    }
}
