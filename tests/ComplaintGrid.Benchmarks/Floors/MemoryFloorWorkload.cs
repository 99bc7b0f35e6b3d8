using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>
/// The memory floors, with trivial payloads and the lifecycle's keys (a new complaint per unit, 11 events each,
/// <see cref="LifecycleScript.Customers"/> customers per run and 5 departments).
/// <list type="bullet">
/// <item><b>Counted</b> (the targets' definition: the lifecycle's grain calls and writes; the run prints both per event):
/// per event a write and two view calls, per lifecycle a reminder and, one retry period after the last event, a
/// redelivery, a write and a release; views store on a checkpoint timer (<see cref="IMatchedProbeComplaintGrain"/>).</item>
/// <item><b>Strict</b>: per event a write and two view calls, which apply in memory and never write, and nothing per
/// lifecycle (<see cref="IProbeComplaintGrain"/>): the floor used before 2026-12-05, kept for comparison.</item>
/// </list>
/// </summary>
internal sealed class MemoryFloorWorkload(IGrainFactory grains, bool counted) : IWorkload
{
    private const int Departments = 5;

    public string Name => counted ? "counted floor" : "strict floor";

    public async Task RunUnit(string runId, int i, Action eventDone)
    {
        var prefix = counted ? "matched" : "probe";
        var customer = $"{prefix}-customer-{runId}-{i % LifecycleScript.Customers}";
        var department = $"{prefix}-department-{i % Departments}";
        var strict = counted ? null : grains.GetGrain<IProbeComplaintGrain>($"{prefix}-{runId}-{i}");
        var matched = counted ? grains.GetGrain<IMatchedProbeComplaintGrain>($"{prefix}-{runId}-{i}") : null;
        for (var e = 0; e < LifecycleScript.Events; e++)
        {
            if (matched is not null)
                await matched.Event(customer, department, first: e == 0, last: e == LifecycleScript.Events - 1);
            else
                await strict!.Event(customer, department);
            eventDone();
        }
    }
}
