using System.Diagnostics;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;
using Orleans.Configuration;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>
/// Managed memory per active complaint grain after a full GC, at each of <see cref="MemorySettings.Counts"/>, and
/// proof that idle complaints deactivate: after the activations, nothing touches them, and the scenario watches
/// Orleans' activation count and the heap fall back as the grain collector removes them.
/// Complaints are activated by <c>Get</c> with their state read from <see cref="TemplateComplaintStorage"/>.
/// </summary>
internal static class ActiveMemoryScenario
{
    public const double TargetKiBPerGrain = 8;

    private const int Parallelism = 256;

    public static async Task<IReadOnlyList<ScenarioReport>> Run(MemorySettings settings)
    {
        var defaults = new GrainCollectionOptions();
        Console.WriteLine($"== Memory per active complaint grain: {string.Join(", ", settings.Counts.Select(c => c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} complaints");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        Console.WriteLine($"   ComplaintGrid configures no grain collection, so a silo runs with Orleans' defaults: idle grains are collected after " +
            $"{defaults.CollectionAge.TotalMinutes:N0} min (checked every {defaults.CollectionQuantum.TotalSeconds:N0} s); activation shedding on memory " +
            $"pressure {(defaults.EnableActivationSheddingOnMemoryPressure ? "on" : "off")}. This silo: {settings.CollectionAge.TotalSeconds:N0} s, " +
            $"checked every {settings.CollectionQuantum.TotalSeconds:N0} s, so the proof fits in a run.");

        TemplateComplaintStorage? template = null;
        await using var silo = await BenchSilo.Start(StorageProfile.Memory,
            configureSilo: s => s.Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionAge = settings.CollectionAge;
                o.CollectionQuantum = settings.CollectionQuantum;
            }),
            wrapStorage: (sp, inner) => template = new TemplateComplaintStorage(sp, inner));
        await Activate(silo.Grains, "warm", 1_000);
        Console.WriteLine($"   template: an open complaint under investigation, {template!.TemplateBytes:N0} bytes stored (Orleans binary serializer)");

        var reports = new List<ScenarioReport>();
        foreach (var count in settings.Counts)
        {
            var heapBefore = ManagedHeap.AfterFullGc();
            var activeBefore = await ActivationCount.Complaints(silo.Grains);
            var elapsed = Stopwatch.StartNew();
            await Activate(silo.Grains, count.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
            var activationTime = elapsed.Elapsed;
            var heapAfter = ManagedHeap.AfterFullGc();
            var active = await ActivationCount.Complaints(silo.Grains) - activeBefore;
            var perGrain = (heapAfter - heapBefore) / (double)active / 1024;
            Console.WriteLine($"   {count:N0} complaints activated in {activationTime.TotalSeconds:N1} s; active complaint grains +{active:N0}; managed heap after full GC " +
                $"{ManagedHeap.MiB(heapBefore)} → {ManagedHeap.MiB(heapAfter)}: {perGrain:N2} KiB per active complaint grain; " +
                $"working set {ManagedHeap.MiB(Environment.WorkingSet)}; load avg {MachineInfo.LoadAverage():N2}");

            var (idleActive, idleHeap, waited) = await WaitForCollection(silo.Grains, activeBefore, count, settings);
            Console.WriteLine($"   idle for {waited.TotalSeconds:N0} s: active complaint grains {idleActive:N0} (was {activeBefore + active:N0}); managed heap after full GC " +
                $"{ManagedHeap.MiB(idleHeap)} (was {ManagedHeap.MiB(heapAfter)}, {ManagedHeap.MiB(heapBefore)} before activating)");
            var deactivated = idleActive <= activeBefore + count / 100;
            reports.Add(new ScenarioReport($"memory, {count:N0} active complaints", $"{perGrain:N2} KiB per active grain", "-", "-",
                $"<= {TargetKiBPerGrain:N0} KiB per active grain; idle ones deactivate", perGrain <= TargetKiBPerGrain && deactivated));
            reports.Add(new ScenarioReport($"deactivation after {count:N0}", $"{idleActive:N0} left active after {waited.TotalSeconds:N0} s idle, heap {ManagedHeap.MiB(heapAfter)} → {ManagedHeap.MiB(idleHeap)}",
                "-", "-", "memory follows the active set", deactivated));
        }
        return reports;
    }

    private static Task Activate(IGrainFactory grains, string batch, int count) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, _) => await grains.GetGrain<IComplaintGrain>($"{TemplateComplaintStorage.Prefix}{batch}-{i}").Get());

    /// <summary>Polls until at most 1% of the batch is still active, or the collector has had ample time.</summary>
    private static async Task<(long Active, long Heap, TimeSpan Waited)> WaitForCollection(IGrainFactory grains, long activeBefore, int count, MemorySettings settings)
    {
        var waited = Stopwatch.StartNew();
        var limit = settings.CollectionAge + settings.CollectionQuantum * 4 + TimeSpan.FromSeconds(60);
        long active;
        while ((active = await ActivationCount.Complaints(grains)) > activeBefore + count / 100 && waited.Elapsed < limit)
        {
            Console.WriteLine($"     {waited.Elapsed.TotalSeconds,4:N0} s idle: {active:N0} complaint grains active, heap {ManagedHeap.MiB(GC.GetTotalMemory(false))}");
            await Task.Delay(settings.CollectionQuantum);
        }
        return (active, ManagedHeap.AfterFullGc(), waited.Elapsed);
    }
}
