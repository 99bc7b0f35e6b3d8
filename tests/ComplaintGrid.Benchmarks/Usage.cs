namespace ComplaintGrid.Benchmarks;

/// <summary>What <c>--help</c> prints, and what a mistyped command is answered with.</summary>
internal static class Usage
{
    public const string Text = """
        ComplaintGrid benchmarks (the performance targets in BENCHMARKS.md). Run from the repository, Release build:
          dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- <command> [options]

        Commands:
          suite [--quick] [--skip a,b] [options]   every scenario below beside its floor, then a summary table
          memory-lifecycle | postgres-lifecycle | sqlite-lifecycle
                [--seconds 10] [--runs 3] [--warmup 1.5 x seconds, at most 15] [--concurrency 64] [--count-calls]
                [--interleave K] [--view-checkpoint ms] [--floor-payload bytes] [--postgres "<connection string>"]
          deadlines | deadline-probes | memory | dashboard-1k | dashboard-5k | failover
                                                   the suite's other scenarios, one at a time
                [--calendars]                      deadlines, memory: every department keeps business hours (Europe/London,
                                                   Mon-Fri with a lunch split, holidays), Critical around the clock; deadlines
                                                   pins the complaints' clock to opening time so its deadlines fall due in open time
          history-search [--store both|postgres|sqlite] [--complaints N] [--queries 200] [--seed 1] [--reuse] [--quick]
                                                   seeds N complaints (1,000,000 PostgreSQL, 100,000 SQLite) into the
                                                   history tables, then times search per filter and free text
          history-projection [--store both|postgres|sqlite] [--rate 2000] [--seconds 20] [--runs 3] [--sample 5]
                [--concurrency 64] [--quick]       projection lag at a steady rate; lifecycles with it on vs off
          dashboard [events/s 1000] [clients 50] [seconds 10] [runs 3]
          failover [callers 20] [runs 3] [seconds before the kill 10] [seconds after 30]
          soak [minutes 30] [events/s] [collection-age-minutes 15]
          forecast-accuracy [--compression 20] [--minutes 15] [--rate 30] [--agents 3] [--step-ms 2000]
                                                   the simulator with allowances / compression, forecasts against what happened
          bad-faith [--days 30] [--scale 20000] [--rate 0.25] [--agents 1] [--seed 7]
                                                   a simulated month; the bad-faith flag's precision and recall against the planted
          churn-fit [--compression 240] [--minutes 8] [--rate 90] [--agents 3] [--step-ms 500]
                                                   the simulator records planted churn outcomes; one fit: fitted vs hand-set held-out AUC
          [lifecycle] [lifecycles 20000] [concurrency 64] [runs 3]   the first lifecycle mode, memory storage

        PostgreSQL comes from --postgres, COMPLAINTGRID_BENCH_POSTGRES or COMPLAINTGRID_TEST_POSTGRES, or else
        tests/services/postgres.sh. Every option and what each figure means: BENCHMARKS.md, "How to reproduce".

        """;
}
