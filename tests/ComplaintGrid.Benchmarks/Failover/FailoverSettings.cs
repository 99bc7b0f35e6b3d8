using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Failover;

/// <summary>
/// The suite's <c>failover</c> options (quick values in brackets), the <c>failover</c> command's defaults at full
/// settings: <c>--callers</c> 20, <c>--failover-runs</c> per setting 3 [1], <c>--before-kill</c> seconds of load
/// 10 [5], <c>--after-kill</c> 30 [20]. Calls in flight at the kill are always waited for, so a short run still
/// sees the requests Orleans' 30 s response timeout fails.
/// </summary>
internal sealed record FailoverSettings(int Callers, int Runs, TimeSpan BeforeKill, TimeSpan AfterKill)
{
    public static FailoverSettings From(ScenarioArguments args) => new(
        args.Int("callers", 20, 20),
        args.Int("failover-runs", 3, 1),
        TimeSpan.FromSeconds(args.Double("before-kill", 10, 5)),
        TimeSpan.FromSeconds(args.Double("after-kill", 30, 20)));
}
