using System.Diagnostics;
using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// Month reports over the seeded history through the silo's own store, against their one-second target: the service
/// report (period month) for one department and for every department, and the root-cause Pareto by cause, each for
/// several of the seeded year's months, one after another.
/// </summary>
internal static class HistoryReportTiming
{
    public const double TargetMilliseconds = 1_000;
    private const int Months = 6;

    public static async Task<IReadOnlyList<ScenarioReport>> Run(HistoryDatabase database, string storeName, int count)
    {
        ArgumentNullException.ThrowIfNull(database);
        var store = database.Store;
        var asOf = HistoryDataset.End;
        var random = new Random(7);
        var end = DateOnly.FromDateTime(asOf.UtcDateTime);
        DateOnly[] starts = [.. Enumerable.Range(1, Months).Select(m => new DateOnly(end.Year, end.Month, 1).AddMonths(-m))];
        string Department() => HistoryDataset.Departments[random.Next(HistoryDataset.Departments.Length)];

        (string Name, Func<DateOnly, Task> Report)[] kinds =
        [
            ("service report, one department", from => store.ServiceReport(new ServiceReportQuery(from, from.AddMonths(1).AddDays(-1), "UTC", [Department()], ReportPeriod.Month), asOf)),
            ("service report, every department", from => store.ServiceReport(new ServiceReportQuery(from, from.AddMonths(1).AddDays(-1), "Europe/London", null, ReportPeriod.Month), asOf)),
            ("root causes, one department", from => store.RootCauses(new RootCauseQuery(from, from.AddMonths(1).AddDays(-1), "UTC", [Department()], RootCauseDimension.Cause))),
            ("root causes, every department", from => store.RootCauses(new RootCauseQuery(from, from.AddMonths(1).AddDays(-1), "UTC", null, RootCauseDimension.Cause))),
        ];
        Console.WriteLine($"   month reports through the store, {Months} months each (untimed first run); load avg {MachineInfo.LoadAverage():N2}");
        var reports = new List<ScenarioReport>();
        foreach (var (name, report) in kinds)
        {
            await report(starts[0]);
            var timings = new List<double>();
            foreach (var from in starts)
            {
                var start = Stopwatch.GetTimestamp();
                await report(from);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            timings.Sort();
            var worst = timings[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {name,-34} median {Stats.Median(timings),8:N1} ms, max {worst,8:N1} ms"));
            reports.Add(new ScenarioReport($"month {name}, {storeName} {count / 1000:N0}k", $"{worst:N0} ms (max of {Months})",
                $"median {Stats.Median(timings):N0} ms", "-", $"≤ {TargetMilliseconds:N0} ms", worst <= TargetMilliseconds));
        }
        return reports;
    }
}
