namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>The real thing: full complaint lifecycles (<see cref="LifecycleScript"/>).</summary>
internal sealed class LifecycleWorkload(IGrainFactory grains) : IWorkload
{
    public string Name => "lifecycle";

    public Task RunUnit(string runId, int i, Action eventDone) => LifecycleScript.Run(grains, runId, i, eventDone);
}
