using System.Diagnostics;
using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// <c>concurrency</c> callers each run units of a workload back to back for a fixed time. Counts the events that
/// completed before the deadline; the units still in flight then finish (uncounted) before the next run starts.
/// </summary>
internal static class ClosedLoopRunner
{
    public static async Task<ClosedLoopRun> Run(IWorkload workload, BenchSilo silo, int concurrency, TimeSpan duration)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var next = -1;
        long events = 0;
        var counting = 1;
        var writesBefore = silo.Storage.TotalWrites();
        var remindersBefore = silo.Reminders.Writes;
        var callsBefore = silo.Calls?.Calls ?? 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        void EventDone()
        {
            if (Volatile.Read(ref counting) == 1)
                Interlocked.Increment(ref events);
        }

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (stopwatch.Elapsed < duration)
                await workload.RunUnit(runId, Interlocked.Increment(ref next), EventDone);
        })).ToArray();

        await Task.Delay(duration);
        Volatile.Write(ref counting, 0);
        var elapsed = stopwatch.Elapsed;
        var counted = Interlocked.Read(ref events);
        var writes = silo.Storage.TotalWrites() - writesBefore;
        var reminderWrites = silo.Reminders.Writes - remindersBefore;
        long? calls = silo.Calls is { } filter ? filter.Calls - callsBefore : null;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        await Task.WhenAll(workers);
        return new ClosedLoopRun(workload.Name, counted, elapsed, writes, reminderWrites, calls, allocated, paused, MachineInfo.LoadAverage());
    }
}
