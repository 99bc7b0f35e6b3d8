using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// The database floors: per event, one grain call and one state write through the profile's own ADO.NET grain
/// storage, with trivial state. Same shape as the lifecycle: a new grain per unit, 11 sequential events each.
/// </summary>
internal sealed class OneWriteFloorWorkload(IGrainFactory grains, int payloadBytes = 0) : IWorkload
{
    public string Name => payloadBytes == 0 ? "1-write floor" : $"1-write {payloadBytes} B";

    public async Task RunUnit(string runId, int i, Action eventDone)
    {
        var writer = grains.GetGrain<IProbeWriterGrain>($"probe-{runId}-{i}");
        for (var e = 0; e < LifecycleScript.Events; e++)
        {
            await writer.Write(payloadBytes);
            eventDone();
        }
    }
}
