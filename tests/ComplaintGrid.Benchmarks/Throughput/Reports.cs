using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Throughput;

internal static class Reports
{
    public static ScenarioReport Throughput(string name, double scenario, double floor, double targetRate, double targetShare)
    {
        var ratio = scenario / floor;
        return new ScenarioReport(name, $"{scenario:N0} events/s", $"{floor:N0} events/s", $"{ratio:P0}",
            $">= {targetRate:N0} events/s and >= {targetShare:P0} of floor", scenario >= targetRate && ratio >= targetShare);
    }
}
