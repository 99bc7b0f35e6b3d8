using ComplaintGrid.Benchmarks.Dashboard;
using ComplaintGrid.Benchmarks.Deadlines;
using ComplaintGrid.Benchmarks.Failover;
using ComplaintGrid.Benchmarks.Memory;
using ComplaintGrid.Benchmarks.Throughput;

namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>
/// The benchmark suite: <c>suite</c> runs every scenario below in one invocation and ends with a summary table (figure,
/// floor, ratio, target); each scenario also runs alone by its name. <c>--quick</c> shrinks every scenario to a smoke
/// run (figures from it are not the targets': those need runs of at least 10 s and the full sizes). <c>--skip a,b</c>
/// leaves scenarios out. The dashboard and failover scenarios are the <c>dashboard</c> and <c>failover</c> commands'
/// code, at 1,000 and 5,000 events/s and at the failover command's defaults.
/// </summary>
internal static class SuiteCommand
{
    public const string Suite = "suite";

    private static readonly string[] Scenarios =
    [
        "memory-lifecycle", "postgres-lifecycle", "sqlite-lifecycle", "deadlines", "deadline-probes", "memory",
        "dashboard-1k", "dashboard-5k", "failover",
    ];

    public static bool Knows(string name) => name == Suite || Scenarios.Contains(name, StringComparer.Ordinal);

    public static async Task<int> Run(string name, string[] options)
    {
        ScenarioArguments args;
        string[] skip;
        ThroughputSettings throughput;
        string? postgres;
        DeadlineSettings deadlines;
        MemorySettings memory;
        DashboardSettings dashboard;
        FailoverSettings failover;
        try
        {
            args = new ScenarioArguments(options);
            skip = (args.String("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            throughput = ThroughputSettings.From(args);
            postgres = args.String("postgres");
            deadlines = DeadlineSettings.From(args);
            memory = MemorySettings.From(args);
            dashboard = DashboardSettings.From(args);
            failover = FailoverSettings.From(args);
            args.RejectUnknown();
            var unknown = skip.Where(s => !Scenarios.Contains(s, StringComparer.Ordinal)).ToArray();
            if (unknown.Length > 0)
                throw new ArgumentException($"Unknown scenario(s) to skip: {string.Join(", ", unknown)}; the scenarios are {string.Join(", ", Scenarios)}.");
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // A mistyped option stops the run with its name; the defaults never run silently in its place.
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        var names = name == Suite ? Scenarios : [name];

        Console.WriteLine($"ComplaintGrid benchmark suite ({string.Join(", ", names.Except(skip))}{(args.Quick ? ", QUICK settings" : "")})");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        var reports = new List<ScenarioReport>();
        foreach (var scenario in names.Except(skip))
        {
            reports.AddRange(scenario switch
            {
                "memory-lifecycle" => await MemoryLifecycleScenario.Run(throughput),
                "postgres-lifecycle" => [await PostgresLifecycleScenario.Run(throughput, postgres)],
                "sqlite-lifecycle" => [await SqliteLifecycleScenario.Run(throughput)],
                "deadlines" => await DeadlineLagScenario.Run(deadlines),
                "deadline-probes" => [await DeadlineProbeScenario.Run(deadlines)],
                "memory" => await ActiveMemoryScenario.Run(memory),
                "dashboard-1k" => [await DashboardScenario.Run(1_000, dashboard)],
                "dashboard-5k" => [await DashboardScenario.Run(5_000, dashboard)],
                "failover" => [await FailoverScenario.Run(failover, postgres)],
                _ => throw new InvalidOperationException($"No scenario named {scenario}."),
            });
            Console.WriteLine();
        }

        Console.WriteLine($"== Summary{(args.Quick ? " (QUICK settings: smoke figures, not the targets')" : "")}; {MachineInfo.Describe()}");
        Console.WriteLine("| scenario | figure (median) | floor or comparison (median) | ratio | target | verdict |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var r in reports)
            Console.WriteLine($"| {r.Scenario} | {r.Figure} | {r.Floor} | {r.Ratio} | {r.Target} | {r.Verdict} |");
        return 0;
    }
}
