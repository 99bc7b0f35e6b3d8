using System.Globalization;

namespace ComplaintGrid.Benchmarks.Soak;

/// <summary>One minute of a soak: what was done, how long events took, and what the process held and paused for.</summary>
internal sealed record SoakMinute(int Minute, long Events, double P50Ms, double P99Ms, double HeapMiB, double WorkingSetMiB, int Gen2Collections, double GcPauseShare, int Activations)
{
    public const string Header = "| minute | events/s | p50 ms | p99 ms | GC heap MiB | working set MiB | gen2 GCs | GC pause | activations |\n|---|---|---|---|---|---|---|---|---|";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Minute} | {Events / 60.0:N0} | {P50Ms:N0} | {P99Ms:N0} | {HeapMiB:N0} | {WorkingSetMiB:N0} | {Gen2Collections} | {GcPauseShare:P1} | {Activations:N0} |");
}
