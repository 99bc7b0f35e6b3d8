using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>
/// <c>--counts</c> active complaints to measure, cumulatively on one silo with Orleans' default grain collection
/// (100000,1000000 [quick 20000]); then the deactivation proof on a second silo: <c>--proof-count</c> complaints
/// (100000 [quick 20000]) left idle, with <c>--collection-age</c> seconds (60 [quick 20]) checked every
/// <c>--collection-quantum</c> seconds (5): short, so the proof fits in a run. <c>--calendars</c> gives every
/// department a business-hours calendar (<see cref="BenchCalendars"/>): the template complaint then counts open time.
/// </summary>
internal sealed record MemorySettings(int[] Counts, int ProofCount, TimeSpan CollectionAge, TimeSpan CollectionQuantum, bool Calendars)
{
    public static MemorySettings From(ScenarioArguments args) => new(
        (args.String("counts") ?? (args.Quick ? "20000" : "100000,1000000"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => int.Parse(c, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).Order().ToArray(),
        args.Int("proof-count", 100_000, 20_000),
        TimeSpan.FromSeconds(args.Double("collection-age", 60, 20)),
        TimeSpan.FromSeconds(args.Double("collection-quantum", 5, 5)),
        args.Flag("calendars"));
}
