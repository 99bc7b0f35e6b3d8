using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// The memory floor: per event, one call to a probe complaint that writes its state and then calls a customer probe
/// and a department probe at once, which apply in memory (the real views store on a timer) — the calls and writes of
/// a lifecycle event, with trivial payloads. Same keys as the lifecycle: a new complaint per unit, 11 events each,
/// <see cref="LifecycleScript.Customers"/> customers per run and 5 departments.
/// </summary>
internal sealed class MemoryFloorWorkload(IGrainFactory grains) : IWorkload
{
    private const int Departments = 5;

    public string Name => "strict floor";

    public async Task RunUnit(string runId, int i, Action eventDone)
    {
        var complaint = grains.GetGrain<IProbeComplaintGrain>($"probe-{runId}-{i}");
        var customer = $"probe-customer-{runId}-{i % LifecycleScript.Customers}";
        var department = $"probe-department-{i % Departments}";
        for (var e = 0; e < LifecycleScript.Events; e++)
        {
            await complaint.Event(customer, department);
            eventDone();
        }
    }
}
