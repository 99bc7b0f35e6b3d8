using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Benchmarks;

/// <summary>
/// The original lifecycle mode (<c>lifecycle [lifecycles] [concurrency] [runs]</c>): a fixed number of lifecycles per
/// run on memory storage, with bytes allocated per lifecycle. The suite's time-based scenarios supersede it for figures.
/// </summary>
internal static class LifecycleCommand
{
    public static async Task Run(string[] args)
    {
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
    }
}
