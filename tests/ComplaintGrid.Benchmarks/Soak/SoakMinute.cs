using System.Globalization;

namespace ComplaintGrid.Benchmarks.Soak;

/// <summary>
/// One minute of a soak: what was done, how long events took, what the process held (the GC heap, and the part of it
/// that is free space between live objects: a non-compacting background collection leaves it, and the heap size counts
/// it; and what was still live at the last gen2 collection, the heap's true floor, since between gen2 collections the
/// heap also holds garbage promoted out of the young generations; and the heap right after a full blocking compacting
/// collection made at the end of the minute, the live set itself), what it paused for, and how long the store took per write.
/// </summary>
internal sealed record SoakMinute(int Minute, long Events, double P50Ms, double P99Ms, double HeapMiB, double FragmentedMiB,
    double LiveAtLastGen2MiB, double LiveAfterFullGcMiB, double WorkingSetMiB, int Gen2Collections, double GcPauseShare, int Activations, double WritesPerSecond, double WriteMs)
{
    public const string Header =
        "| minute | events/s | p50 ms | p99 ms | GC heap MiB | of it free MiB | live at last gen2 MiB | live after full GC MiB | working set MiB | gen2 GCs | GC pause | activations | writes/s | ms/write |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    /// <summary>The GC heap less its free space: what the live objects (and garbage not yet collected) take.</summary>
    public double UsedMiB => HeapMiB - FragmentedMiB;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Minute} | {Events / 60.0:N0} | {P50Ms:N0} | {P99Ms:N0} | {HeapMiB:N0} | {FragmentedMiB:N0} | {LiveAtLastGen2MiB:N0} | {LiveAfterFullGcMiB:N0} | {WorkingSetMiB:N0} | {Gen2Collections} | {GcPauseShare:P1} | {Activations:N0} | {WritesPerSecond:N0} | {WriteMs:N2} |");
}
