using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// Runs a scenario and its floor alternately on one silo (scenario run 1, floor run 1, scenario run 2, …), so both see
/// the same machine load, and prints each run, the medians and the ratio of the medians.
/// </summary>
internal sealed class ThroughputComparison(BenchSilo silo, IWorkload scenario, IWorkload floor, int concurrency)
{
    public async Task<(double Scenario, double Floor)> Run(string title, TimeSpan runTime, int runs, TimeSpan warmUp)
    {
        Console.WriteLine($"== {title}: {scenario.Name} vs {floor.Name}, {concurrency} concurrent callers, {runs} runs of {runTime.TotalSeconds:N0} s each, " +
            $"{warmUp.TotalSeconds:N0} s warm-up each");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        Print("warm-up", await ClosedLoopRunner.Run(scenario, silo, concurrency, warmUp));
        Print("warm-up", await ClosedLoopRunner.Run(floor, silo, concurrency, warmUp));

        var scenarioRuns = new List<ClosedLoopRun>();
        var floorRuns = new List<ClosedLoopRun>();
        for (var run = 1; run <= runs; run++)
        {
            var s = await ClosedLoopRunner.Run(scenario, silo, concurrency, runTime);
            Print($"run {run}", s);
            scenarioRuns.Add(s);
            var f = await ClosedLoopRunner.Run(floor, silo, concurrency, runTime);
            Print($"run {run}", f);
            floorRuns.Add(f);
        }

        var scenarioMedian = Stats.Median(scenarioRuns.Select(r => r.EventsPerSecond));
        var floorMedian = Stats.Median(floorRuns.Select(r => r.EventsPerSecond));
        Console.WriteLine($"   median: {scenario.Name} {scenarioMedian:N0} events/s [{Join(scenarioRuns)}], " +
            $"{floor.Name} {floorMedian:N0} events/s [{Join(floorRuns)}], ratio {scenarioMedian / floorMedian:P0}");
        Console.WriteLine($"   per event (medians): {scenario.Name} {Stats.Median(scenarioRuns.Select(r => r.WritesPerEvent)):N2} state writes, " +
            $"{Stats.Median(scenarioRuns.Select(r => r.ReminderWritesPerEvent)):N2} reminder writes, {Stats.Median(scenarioRuns.Select(r => r.KiBAllocatedPerEvent)):N1} KiB allocated; " +
            $"{floor.Name} {Stats.Median(floorRuns.Select(r => r.WritesPerEvent)):N2} state writes, {Stats.Median(floorRuns.Select(r => r.KiBAllocatedPerEvent)):N1} KiB allocated; " +
            $"GC pauses {Stats.Median(scenarioRuns.Select(r => r.GcPauseShare)):P0} vs {Stats.Median(floorRuns.Select(r => r.GcPauseShare)):P0} of run time");
        Console.WriteLine("   state writes by state name so far: " +
            string.Join(", ", silo.Storage.Writes().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")));
        return (scenarioMedian, floorMedian);
    }

    private static string Join(IEnumerable<ClosedLoopRun> runs) =>
        string.Join(" / ", runs.Select(r => r.EventsPerSecond.ToString("N0", CultureInfo.InvariantCulture)));

    private static void Print(string label, ClosedLoopRun run) =>
        Console.WriteLine($"   {label,-8} {run.Workload,-14} {run.EventsPerSecond,9:N0} events/s  {run.Events,9:N0} events in {run.Elapsed.TotalSeconds,5:N1} s  " +
            $"{run.WritesPerEvent,5:N2} state + {run.ReminderWritesPerEvent,4:N2} reminder writes/event  {run.KiBAllocatedPerEvent,6:N1} KiB allocated/event  GC pauses {run.GcPauseShare,4:P0}  load avg {run.LoadAverage:N2}");
}
