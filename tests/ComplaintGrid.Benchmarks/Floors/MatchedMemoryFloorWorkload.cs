using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// The counted floor: the grain calls, state writes and reminder writes of a lifecycle (the run prints both, per event),
/// with trivial payloads. Issue 7 defines the memory floor so; <see cref="MemoryFloorWorkload"/> is the stricter one,
/// one write and two view calls per event and nothing per lifecycle. Same keys as the lifecycle.
/// </summary>
internal sealed class MatchedMemoryFloorWorkload(IGrainFactory grains) : IWorkload
{
    private const int Departments = 5;

    public string Name => "counted floor";

    public async Task RunUnit(string runId, int i, Action eventDone)
    {
        var complaint = grains.GetGrain<IMatchedProbeComplaintGrain>($"matched-{runId}-{i}");
        var customer = $"matched-customer-{runId}-{i % LifecycleScript.Customers}";
        var department = $"matched-department-{i % Departments}";
        for (var e = 0; e < LifecycleScript.Events; e++)
        {
            await complaint.Event(customer, department, first: e == 0, last: e == LifecycleScript.Events - 1);
            eventDone();
        }
    }
}
