namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// One timed run: events completed before the deadline, over the run's time, the state and reminder-table writes and the grain calls
/// they cost, and what the whole process allocated and paused for GC meanwhile (silo and callers share the process).
/// </summary>
internal sealed record ClosedLoopRun(string Workload, long Events, TimeSpan Elapsed, long Writes, long ReminderWrites, long? GrainCalls, long AllocatedBytes, TimeSpan GcPause, double LoadAverage)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    public double WritesPerEvent => Events == 0 ? 0 : (double)Writes / Events;

    public double ReminderWritesPerEvent => Events == 0 ? 0 : (double)ReminderWrites / Events;

    /// <summary>Grain calls per event, when the silo counted them.</summary>
    public double? GrainCallsPerEvent => GrainCalls is not { } calls ? null : Events == 0 ? 0 : (double)calls / Events;

    public double KiBAllocatedPerEvent => Events == 0 ? 0 : AllocatedBytes / 1024.0 / Events;

    public double GcPauseShare => GcPause / Elapsed;
}
