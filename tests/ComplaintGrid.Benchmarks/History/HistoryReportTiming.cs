using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>A month's department report over the seeded history, timed against its one-second target.</summary>
internal static class HistoryReportTiming
{
    public const double TargetMilliseconds = 1_000;

    public static Task<IReadOnlyList<ScenarioReport>> Run(HistoryDatabase database, string storeName, int count)
    {
        ArgumentNullException.ThrowIfNull(database);
        // The reports are not in this build's history store yet: say so rather than print a figure.
        Console.WriteLine($"   month's department report ({storeName}, {count:N0} complaints): NOT MEASURED, the history store has no reports in this build");
        return Task.FromResult<IReadOnlyList<ScenarioReport>>([]);
    }
}
