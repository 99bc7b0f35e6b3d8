using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>
/// <c>--counts</c> active complaints to measure (100000,1000000 [quick 20000]); <c>--collection-age</c> seconds an
/// idle grain lives in the benchmark's silo (120 [quick 20]) and <c>--collection-quantum</c> how often Orleans looks
/// (10 [quick 5]): short, so the deactivation proof fits in a run, long enough to outlast activating the largest count.
/// </summary>
internal sealed record MemorySettings(int[] Counts, TimeSpan CollectionAge, TimeSpan CollectionQuantum)
{
    public static MemorySettings From(ScenarioArguments args) => new(
        (args.String("counts") ?? (args.Quick ? "20000" : "100000,1000000"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => int.Parse(c, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray(),
        TimeSpan.FromSeconds(args.Double("collection-age", 120, 20)),
        TimeSpan.FromSeconds(args.Double("collection-quantum", 10, 5)));
}
