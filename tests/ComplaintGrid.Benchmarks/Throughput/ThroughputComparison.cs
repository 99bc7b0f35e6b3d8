using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// Runs a scenario and its floors alternately on one silo (scenario run 1, each floor's run 1, scenario run 2, …), so all
/// see the same machine load, and prints each run, the medians and the ratio of the scenario's median to each floor's.
/// </summary>
internal sealed class ThroughputComparison(BenchSilo silo, IWorkload scenario, IReadOnlyList<IWorkload> floors, int concurrency)
{
    public ThroughputComparison(BenchSilo silo, IWorkload scenario, IWorkload floor, int concurrency)
        : this(silo, scenario, [floor], concurrency)
    {
    }

    /// <summary>Runs them all; returns the scenario's median and the first floor's.</summary>
    public async Task<(double Scenario, double Floor)> Run(string title, TimeSpan runTime, int runs, TimeSpan warmUp)
    {
        var (scenarioMedian, floorMedians) = await RunAll(title, runTime, runs, warmUp);
        return (scenarioMedian, floorMedians[0]);
    }

    /// <summary>Runs them all; returns the scenario's median and each floor's, in the order given.</summary>
    public async Task<(double Scenario, double[] Floors)> RunAll(string title, TimeSpan runTime, int runs, TimeSpan warmUp)
    {
        Console.WriteLine($"== {title}: {scenario.Name} vs {string.Join(" and ", floors.Select(f => f.Name))}, {concurrency} concurrent callers, " +
            $"{runs} runs of {runTime.TotalSeconds:N0} s each, {warmUp.TotalSeconds:N0} s warm-up each");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        Print("warm-up", await ClosedLoopRunner.Run(scenario, silo, concurrency, warmUp));
        foreach (var floor in floors)
            Print("warm-up", await ClosedLoopRunner.Run(floor, silo, concurrency, warmUp));

        var scenarioRuns = new List<ClosedLoopRun>();
        var floorRuns = floors.Select(_ => new List<ClosedLoopRun>()).ToArray();
        for (var run = 1; run <= runs; run++)
        {
            var s = await ClosedLoopRunner.Run(scenario, silo, concurrency, runTime);
            Print($"run {run}", s);
            scenarioRuns.Add(s);
            for (var f = 0; f < floors.Count; f++)
            {
                var r = await ClosedLoopRunner.Run(floors[f], silo, concurrency, runTime);
                Print($"run {run}", r);
                floorRuns[f].Add(r);
            }
        }

        var scenarioMedian = Stats.Median(scenarioRuns.Select(r => r.EventsPerSecond));
        var floorMedians = floorRuns.Select(runsOfFloor => Stats.Median(runsOfFloor.Select(r => r.EventsPerSecond))).ToArray();
        Console.WriteLine($"   median: {scenario.Name} {scenarioMedian:N0} events/s [{Join(scenarioRuns)}]");
        for (var f = 0; f < floors.Count; f++)
            Console.WriteLine($"   median: {floors[f].Name} {floorMedians[f]:N0} events/s [{Join(floorRuns[f])}], ratio {scenarioMedian / floorMedians[f]:P0}");
        Console.WriteLine($"   per event (medians): {PerEvent(scenario.Name, scenarioRuns)}");
        for (var f = 0; f < floors.Count; f++)
            Console.WriteLine($"   per event (medians): {PerEvent(floors[f].Name, floorRuns[f])}");
        Console.WriteLine("   state writes by state name so far: " +
            string.Join(", ", silo.Storage.Writes().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")));
        if (silo.Calls is { } calls)
        {
            Console.WriteLine("   grain calls by interface so far: " +
                string.Join(", ", calls.ByInterface().OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}")));
        }
        return (scenarioMedian, floorMedians);
    }

    private static string PerEvent(string name, List<ClosedLoopRun> runs) =>
        $"{name} {Stats.Median(runs.Select(r => r.WritesPerEvent)):N2} state writes, {Stats.Median(runs.Select(r => r.ReminderWritesPerEvent)):N2} reminder writes, " +
        $"{Calls(runs[0].GrainCallsPerEvent is null ? null : Stats.Median(runs.Select(r => r.GrainCallsPerEvent!.Value)))} grain calls, " +
        $"{Stats.Median(runs.Select(r => r.KiBAllocatedPerEvent)):N1} KiB allocated, " +
        $"GC pauses {Stats.Median(runs.Select(r => r.GcPauseShare)):P0} of run time";

    /// <summary>Calls per event, or a dash when the run did not count them (<c>--count-calls</c>).</summary>
    private static string Calls(double? perEvent) => perEvent is { } n ? n.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Join(IEnumerable<ClosedLoopRun> runs) =>
        string.Join(" / ", runs.Select(r => r.EventsPerSecond.ToString("N0", CultureInfo.InvariantCulture)));

    private static void Print(string label, ClosedLoopRun run) =>
        Console.WriteLine($"   {label,-8} {run.Workload,-14} {run.EventsPerSecond,9:N0} events/s  {run.Events,9:N0} events in {run.Elapsed.TotalSeconds,5:N1} s  " +
            $"{run.WritesPerEvent,5:N2} state + {run.ReminderWritesPerEvent,4:N2} reminder writes/event  {Calls(run.GrainCallsPerEvent),5} grain calls/event  " +
            $"{run.KiBAllocatedPerEvent,6:N1} KiB allocated/event  GC pauses {run.GcPauseShare,4:P0}  load avg {run.LoadAverage:N2}");
}
