using System.Diagnostics;
using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks;

/// <summary>
/// Runs full complaint lifecycles (file → … → close, 11 events each) through the hosted client and measures
/// lifecycle events per second and bytes allocated per lifecycle (whole process, so grains, views and Orleans count).
/// </summary>
internal sealed class LifecycleBenchmark(IGrainFactory grains, int concurrency)
{
    public const int EventsPerLifecycle = LifecycleScript.Events;

    public async Task<BenchmarkResult> Run(string name, int lifecycles)
    {
        var next = -1;
        var runId = Guid.NewGuid().ToString("N")[..8];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < lifecycles)
                await LifecycleScript.Run(grains, runId, i);
        })));

        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new BenchmarkResult(name, lifecycles, lifecycles * EventsPerLifecycle, stopwatch.Elapsed, allocated / lifecycles);
    }
}
