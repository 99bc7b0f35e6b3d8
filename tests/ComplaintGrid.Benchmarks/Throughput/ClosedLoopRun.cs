namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>One timed run: events completed before the deadline, over the run's time, and the state writes they cost.</summary>
internal sealed record ClosedLoopRun(string Workload, long Events, TimeSpan Elapsed, long Writes, double LoadAverage)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    public double WritesPerEvent => Events == 0 ? 0 : (double)Writes / Events;
}
