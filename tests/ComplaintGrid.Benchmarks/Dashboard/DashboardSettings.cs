using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// The dashboard scenarios' options (quick values in brackets): <c>--clients</c> SignalR clients 50,
/// <c>--dashboard-seconds</c> per run 10 [3], <c>--dashboard-runs</c> 3 [1]. The rates are the scenarios' names.
/// </summary>
internal sealed record DashboardSettings(int Clients, int Seconds, int Runs)
{
    public static DashboardSettings From(ScenarioArguments args) => new(
        args.Int("clients", 50, 50),
        args.Int("dashboard-seconds", 10, 3),
        args.Int("dashboard-runs", 3, 1));
}
