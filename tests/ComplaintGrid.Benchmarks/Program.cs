using ComplaintGrid.Benchmarks;
using ComplaintGrid.Benchmarks.Dashboard;
using ComplaintGrid.Benchmarks.Failover;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- [lifecycles] [concurrency] [runs]
// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- dashboard [events/s] [clients] [seconds] [runs]
// dotnet run -c Release --project tests/ComplaintGrid.Benchmarks -- failover [callers] [runs] [seconds before the kill] [seconds after]
//   (needs PostgreSQL: export COMPLAINTGRID_TEST_POSTGRES=$(bash tests/services/postgres.sh))
if (args is ["failover", .. var failoverArgs])
{
    int Arg(int index, int fallback) => failoverArgs.Length > index ? int.Parse(failoverArgs[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    await FailoverBenchmark.Run(callers: Arg(0, 20), runs: Arg(1, 3), before: TimeSpan.FromSeconds(Arg(2, 10)), after: TimeSpan.FromSeconds(Arg(3, 30)));
    return;
}
if (args is ["dashboard", .. var dashboardArgs])
{
    await DashboardBenchmark.Run(
        rate: dashboardArgs.Length > 0 ? double.Parse(dashboardArgs[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000,
        clients: dashboardArgs.Length > 1 ? int.Parse(dashboardArgs[1], System.Globalization.CultureInfo.InvariantCulture) : 50,
        seconds: dashboardArgs.Length > 2 ? int.Parse(dashboardArgs[2], System.Globalization.CultureInfo.InvariantCulture) : 10,
        runs: dashboardArgs.Length > 3 ? int.Parse(dashboardArgs[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

// The lifecycle scenario also answers to its name, so every scenario can be named; bare numbers keep working.
if (args is ["lifecycle", ..])
    args = args[1..];
var lifecycles = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 64;
var runs = args.Length > 2 ? int.Parse(args[2]) : 3;

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering(siloPort: 21111, gatewayPort: 40000);
    silo.AddMemoryGrainStorage(ComplaintGridStorage.Name);
    silo.UseInMemoryReminderService();
    silo.AddComplaintGrid();
});
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();

Console.WriteLine($"ComplaintGrid lifecycle benchmark: {lifecycles} lifecycles x {LifecycleBenchmark.EventsPerLifecycle} events, " +
    $"{concurrency} concurrent callers, {runs} runs, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
var benchmark = new LifecycleBenchmark(grains, concurrency);
await benchmark.Run("warm-up", Math.Min(2_000, lifecycles));

var results = new List<BenchmarkResult>();
for (var run = 1; run <= runs; run++)
{
    var result = await benchmark.Run($"run {run}", lifecycles);
    results.Add(result);
    Console.WriteLine($"{result.Name}: {result.EventsPerSecond,10:N0} events/s  {result.Lifecycles / result.Elapsed.TotalSeconds,8:N0} lifecycles/s  " +
        $"{result.BytesPerLifecycle / 1024.0,8:N1} KiB allocated per lifecycle  ({result.Elapsed.TotalSeconds:N1} s)");
}
var median = results.OrderBy(r => r.EventsPerSecond).ElementAt(results.Count / 2);
Console.WriteLine($"median: {median.EventsPerSecond:N0} lifecycle events/s, {median.BytesPerLifecycle / 1024.0:N1} KiB allocated per lifecycle");
await host.StopAsync();
