using System.Diagnostics;
using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;
using Orleans.Configuration;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>
/// Managed memory per active complaint grain after a full GC, at each of <see cref="MemorySettings.Counts"/> on a silo
/// with Orleans' default grain collection (as ComplaintGrid runs); then proof that idle complaints deactivate: on a
/// silo with a short collection age, nothing touches the activated complaints, and the scenario watches Orleans'
/// activation count and the heap fall back as the grain collector removes them.
/// Complaints are activated by <c>Get</c>, their state read from <see cref="TemplateComplaintStorage"/>.
/// </summary>
internal static class ActiveMemoryScenario
{
    public const double TargetKiBPerGrain = 8;

    private const int Parallelism = 256;

    public static async Task<IReadOnlyList<ScenarioReport>> Run(MemorySettings settings)
    {
        var defaults = new GrainCollectionOptions();
        Console.WriteLine($"== Memory per active complaint grain: {string.Join(", ", settings.Counts.Select(c => c.ToString("N0", CultureInfo.InvariantCulture)))} complaints; " +
            $"deactivation proof with {settings.ProofCount:N0}");
        Console.WriteLine($"   {BenchCalendars.Describe(settings.Calendars)}");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        Console.WriteLine($"   ComplaintGrid configures no grain collection, so its silos run with Orleans' defaults: idle grains are collected after " +
            $"{defaults.CollectionAge.TotalMinutes:N0} min (checked every {defaults.CollectionQuantum.TotalSeconds:N0} s); activation shedding on memory " +
            $"pressure {(defaults.EnableActivationSheddingOnMemoryPressure ? "on" : "off")}.");

        var reports = new List<ScenarioReport>();
        await using (var silo = await StartSilo(settings, configure: null))
        {
            var heapBefore = ManagedHeap.AfterFullGc();
            var activeBefore = await ActivationCount.Complaints(silo.Grains);
            var activated = 0;
            foreach (var count in settings.Counts)
            {
                var elapsed = Stopwatch.StartNew();
                await Activate(silo.Grains, "m", activated, count);
                activated = count;
                var (perGrain, line) = await Measure(silo.Grains, heapBefore, activeBefore, $"{count:N0} complaints active (activated in {elapsed.Elapsed.TotalSeconds:N1} s)");
                Console.WriteLine(line);
                reports.Add(new ScenarioReport($"memory, {count:N0} active complaints{CalendarsLabel(settings.Calendars)}", $"{perGrain:N2} KiB per active grain", "-", "-",
                    $"<= {TargetKiBPerGrain:N0} KiB per active grain", perGrain <= TargetKiBPerGrain));
            }
        }

        Console.WriteLine($"   deactivation proof: a silo whose idle grains are collected after {settings.CollectionAge.TotalSeconds:N0} s " +
            $"(checked every {settings.CollectionQuantum.TotalSeconds:N0} s)");
        await using (var silo = await StartSilo(settings, o =>
        {
            o.CollectionAge = settings.CollectionAge;
            o.CollectionQuantum = settings.CollectionQuantum;
        }))
        {
            var heapBefore = ManagedHeap.AfterFullGc();
            var activeBefore = await ActivationCount.Complaints(silo.Grains);
            await Activate(silo.Grains, "p", 0, settings.ProofCount);
            var (_, line) = await Measure(silo.Grains, heapBefore, activeBefore, $"{settings.ProofCount:N0} complaints active");
            Console.WriteLine(line);
            var heapActive = ManagedHeap.AfterFullGc();
            var (idleActive, idleHeap, waited) = await WaitForCollection(silo.Grains, activeBefore, settings);
            Console.WriteLine($"   idle for {waited.TotalSeconds:N0} s: active complaint grains {idleActive:N0}; managed heap after full GC " +
                $"{ManagedHeap.MiB(idleHeap)} (was {ManagedHeap.MiB(heapActive)} with them active, {ManagedHeap.MiB(heapBefore)} before)");
            var deactivated = idleActive <= activeBefore + settings.ProofCount / 100;
            reports.Add(new ScenarioReport($"deactivation of {settings.ProofCount:N0} idle complaints{CalendarsLabel(settings.Calendars)}",
                $"{idleActive:N0} left active after {waited.TotalSeconds:N0} s idle (age {settings.CollectionAge.TotalSeconds:N0} s); heap {ManagedHeap.MiB(heapActive)} → {ManagedHeap.MiB(idleHeap)}",
                "-", "-", "idle complaints deactivate; memory follows the active set", deactivated));
        }
        return reports;
    }

    private static async Task<BenchSilo> StartSilo(MemorySettings settings, Action<GrainCollectionOptions>? configure)
    {
        TemplateComplaintStorage? template = null;
        var silo = await BenchSilo.Start(StorageProfile.Memory,
            configuration: settings.Calendars ? BenchCalendars.Configuration() : null,
            configureSilo: configure is null ? null : s => s.Configure(configure),
            wrapStorage: (sp, inner) => template = new TemplateComplaintStorage(sp, inner));
        await Activate(silo.Grains, "warm", 0, 1_000);
        Console.WriteLine($"   template: an open complaint under investigation, {template!.TemplateBytes:N0} bytes stored (Orleans binary serializer); " +
            $"its clocks count by {(template.TemplateCalendar is { } calendar ? $"calendar '{calendar}'" : "wall time")}; 1,000 warm-up activations");
        return silo;
    }

    private static async Task<(double PerGrain, string Line)> Measure(IGrainFactory grains, long heapBefore, long activeBefore, string what)
    {
        var heapAfter = ManagedHeap.AfterFullGc();
        var active = await ActivationCount.Complaints(grains) - activeBefore;
        var perGrain = (heapAfter - heapBefore) / (double)active / 1024;
        return (perGrain, $"   {what}: active complaint grains +{active:N0}; managed heap after full GC {ManagedHeap.MiB(heapBefore)} → {ManagedHeap.MiB(heapAfter)}: " +
            $"{perGrain:N2} KiB per active complaint grain; working set {ManagedHeap.MiB(Environment.WorkingSet)}; load avg {MachineInfo.LoadAverage():N2}");
    }

    private static string CalendarsLabel(bool on) => on ? ", calendars on" : "";

    private static Task Activate(IGrainFactory grains, string batch, int from, int to) =>
        Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, _) => await grains.GetGrain<IComplaintGrain>($"{TemplateComplaintStorage.Prefix}{batch}-{i}").Get());

    /// <summary>Polls until at most 1% of the batch is still active, or the collector has had ample time.</summary>
    private static async Task<(long Active, long Heap, TimeSpan Waited)> WaitForCollection(IGrainFactory grains, long activeBefore, MemorySettings settings)
    {
        var waited = Stopwatch.StartNew();
        var limit = settings.CollectionAge + settings.CollectionQuantum * 4 + TimeSpan.FromSeconds(60);
        long active;
        while ((active = await ActivationCount.Complaints(grains)) > activeBefore + settings.ProofCount / 100 && waited.Elapsed < limit)
        {
            Console.WriteLine($"     {waited.Elapsed.TotalSeconds,4:N0} s idle: {active:N0} complaint grains active, heap (no forced GC) {ManagedHeap.MiB(GC.GetTotalMemory(false))}");
            await Task.Delay(settings.CollectionQuantum);
        }
        return (active, ManagedHeap.AfterFullGc(), waited.Elapsed);
    }
}
