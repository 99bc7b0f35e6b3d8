using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// The history scenarios' options (quick values in brackets). <c>--store</c> postgres | sqlite | both (both);
/// <c>--complaints</c> N seeded (1,000,000 on PostgreSQL, 100,000 on SQLite [20,000 on either]); <c>--queries</c> timed
/// per kind of search (200 [30]); <c>--seed</c> of the made-up data (1); <c>--reuse</c> keeps a PostgreSQL seed of the
/// same size from an earlier run instead of copying it again; <c>--rate</c> events/s for the projection's lag (2,000
/// [500]); <c>--seconds</c> of each paced or closed-loop run (20 [5]); <c>--runs</c> of the throughput comparison (3 [1]);
/// <c>--concurrency</c> callers of the closed loop (64); <c>--sample</c> every Nth lifecycle's events are timed (5).
/// </summary>
internal sealed record HistorySettings(
    IReadOnlyList<StorageProfile> Stores, int? Complaints, bool Quick, int Queries, int Seed, bool Reuse,
    double Rate, TimeSpan RunTime, int Runs, int Concurrency, int Sample, string? Postgres)
{
    public static HistorySettings From(ScenarioArguments args)
    {
        var store = args.String("store") ?? "both";
        StorageProfile[] stores = store switch
        {
            "both" => [StorageProfile.Postgres, StorageProfile.Embedded],
            "postgres" => [StorageProfile.Postgres],
            "sqlite" => [StorageProfile.Embedded],
            _ => throw new ArgumentException($"--store must be postgres, sqlite or both, not '{store}'."),
        };
        var complaints = args.String("complaints") is null ? (int?)null : args.Int("complaints", 0, 0);
        return new(stores, complaints, args.Quick, args.Int("queries", 200, 30), args.Int("seed", 1, 1), args.Flag("reuse"),
            args.Double("rate", 2_000, 500), TimeSpan.FromSeconds(args.Double("seconds", 20, 5)), args.Int("runs", 3, 1),
            args.Int("concurrency", 64, 64), args.Int("sample", 5, 5), args.String("postgres"));
    }

    /// <summary>Complaints to seed on the store: the option, or the store's full (or quick) size.</summary>
    public int ComplaintsFor(StorageProfile store) =>
        Complaints ?? (Quick ? 20_000 : store == StorageProfile.Postgres ? 1_000_000 : 100_000);

    public static string Name(StorageProfile store) => store == StorageProfile.Postgres ? "PostgreSQL" : "SQLite";
}
