using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Metrics;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.Benchmarks.Forecast;

/// <summary>
/// How right the departments' breach forecasts are: the simulated centre runs on one in-memory silo with every clock
/// allowance divided by a compression factor, and the forecast horizon and rate window divided by the same factor (an
/// hour becomes three minutes at the default 20), so deadlines fall due in minutes. Every tenth of a horizon each
/// department's forecast is read; once its horizon has passed it is compared with the breaches that happened in it
/// (the <c>complaintgrid.breaches</c> counter, heard in-process). Reported: mean absolute error per horizon, the bias,
/// how often a forecast of zero (what the tile shows as "no breaches expected") was right, and the same for the naive
/// forecast "as many as in the horizon just past", so the model is seen against the obvious alternative.
/// </summary>
internal static class ForecastAccuracyBenchmark
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static async Task<int> Run(string[] args)
    {
        double Arg(string name, double fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var compression = Arg("--compression", 20);
        var minutes = Arg("--minutes", 15);
        var perMinute = Arg("--rate", 30);
        var agents = (int)Arg("--agents", 3);
        var stepTime = TimeSpan.FromMilliseconds(Arg("--step-ms", 2_000));
        var horizon = Hour / compression;
        var sampleEvery = horizon / 10;

        var configuration = new Dictionary<string, string?>
        {
            [$"{BreachForecastOptions.SectionName}:Horizon"] = horizon.ToString("c", CultureInfo.InvariantCulture),
            [$"{BreachForecastOptions.SectionName}:RateWindow"] = horizon.ToString("c", CultureInfo.InvariantCulture),
        };
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var standard = ClockPolicyOptions.StandardFor(severity);
            foreach (var kind in Enum.GetValues<ClockKind>())
                configuration[$"{ClockPolicyOptions.SectionName}:Defaults:{severity}:{kind}"] = (standard.For(kind) / compression).ToString("c", CultureInfo.InvariantCulture);
        }

        var breaches = new ConcurrentQueue<(DateTimeOffset At, string Department)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ComplaintGridMetrics.MeterName && instrument.Name == "complaintgrid.breaches")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (value == 0)
                return;
            foreach (var tag in tags)
            {
                if (tag.Key == "department")
                    breaches.Enqueue((TimeProvider.System.GetUtcNow(), (string)tag.Value!));
            }
        });
        listener.Start();

        await using var silo = await BenchSilo.Start(StorageProfile.Memory, configuration: configuration);
        var load = MachineInfo.LoadAverage();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ComplaintGrid forecast accuracy: memory profile, allowances / {compression} (horizon and rate window {horizon:c}), " +
            $"{minutes} min of the simulator at {perMinute}/min, {agents} agents a department, a step every {stepTime.TotalMilliseconds:0} ms (±50%)"));
        Console.WriteLine($"machine: {MachineInfo.Describe()}; load average at start {load:0.0}");

        var simulator = new CallCentreSimulator(silo.Grains, new SimulatorOptions
        {
            Enabled = true,
            ComplaintsPerMinute = perMinute,
            AgentsPerDepartment = agents,
            AgentStepTime = stepTime,
            // Steps as fast as the agents' pace allows: the benchmark measures load, not a realistic day.
            HandlingTimeFactor = 0.0001,
            Seed = 7,
        }, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var running = simulator.RunAsync(stop.Token);

        var samples = new List<ForecastSample>();
        var directory = silo.Grains.GetGrain<IDepartmentDirectoryGrain>(0);
        var start = TimeProvider.System.GetUtcNow();
        var end = start + TimeSpan.FromMinutes(minutes);
        // Forecasts are taken until a horizon before the end, so every one is compared with a whole horizon.
        for (var next = start + horizon; next + horizon <= end; next += sampleEvery)
        {
            var wait = next - TimeProvider.System.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            var at = TimeProvider.System.GetUtcNow();
            foreach (var view in await directory.List())
            {
                var previous = breaches.Count(b => b.Department == view.DepartmentId && b.At > at - horizon && b.At <= at);
                samples.Add(new ForecastSample(at, view.DepartmentId, view.Forecast.ExpectedBreaches, previous));
            }
        }
        var last = samples.Max(s => s.At) + horizon;
        var rest = last - TimeProvider.System.GetUtcNow();
        if (rest > TimeSpan.Zero)
            await Task.Delay(rest);
        // Breaches are counted when stored; a reminder fires a few seconds after its due instant at most, so a second's grace.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await running;

        var all = breaches.ToArray();
        foreach (var s in samples)
            s.Actual = all.Count(b => b.Department == s.DepartmentId && b.At > s.At && b.At <= s.At + horizon);
        Report(samples, all.Length, simulator.Filed, horizon, load);
        return 0;
    }

    private static void Report(List<ForecastSample> samples, int breaches, long filed, TimeSpan horizon, double loadAtStart)
    {
        string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine($"filed {filed}; breaches observed {breaches}; forecasts compared {samples.Count} ({samples.Select(s => s.DepartmentId).Distinct().Count()} departments, one each {horizon / 10:c})");
        Console.WriteLine("department           forecasts  mean actual  mean forecast  MAE model  MAE naive  zero forecasts  zero right");
        foreach (var group in samples.GroupBy(s => s.DepartmentId).OrderBy(g => g.Key, StringComparer.Ordinal).Append(null))
        {
            var rows = group?.ToList() ?? samples;
            var zero = rows.Where(s => Math.Round(s.Expected, MidpointRounding.AwayFromZero) == 0).ToList();
            var zeroRight = zero.Count == 0 ? "-" : $"{zero.Count(s => s.Actual == 0)} ({F(zero.Count(s => s.Actual == 0) / (double)zero.Count * 100)}%)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group?.Key ?? "all",-20} {rows.Count,9}  {F(rows.Average(s => s.Actual)),11}  {F(rows.Average(s => s.Expected)),13}  " +
                $"{F(rows.Average(s => Math.Abs(s.Expected - s.Actual))),9}  {F(rows.Average(s => Math.Abs(s.Previous - s.Actual))),9}  {zero.Count,14}  {zeroRight}"));
        }
        var naiveZero = samples.Where(s => s.Previous == 0).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"naive zero forecasts (none in the horizon just past): {naiveZero.Count}, right {naiveZero.Count(s => s.Actual == 0)}"));
        Console.WriteLine($"load average at start {loadAtStart:0.0}, at end {MachineInfo.LoadAverage():0.0}");
    }
}
