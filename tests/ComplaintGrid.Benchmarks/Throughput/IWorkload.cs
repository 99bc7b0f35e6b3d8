namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>A unit of work a closed-loop caller repeats: one lifecycle, or the floor's equivalent.</summary>
internal interface IWorkload
{
    string Name { get; }

    /// <summary>Runs unit <paramref name="i"/> of run <paramref name="runId"/>; calls <paramref name="eventDone"/> after each event.</summary>
    Task RunUnit(string runId, int i, Action eventDone);
}
