using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.Benchmarks.BadFaith;

/// <summary>
/// How well the bad-faith flag finds the simulator's planted bad-faith complainants: a simulated month on one
/// in-memory silo, the simulator's clock compressed (a month in about two minutes at the default scale), then the
/// flagged list compared, customer by customer, with <see cref="CallCentreSimulator.Planted"/>. Precision: flagged
/// customers who were planted; recall: planted customers who were flagged. Target: precision at least 0.8 at recall at
/// least 0.7. The flag's windows run on the silo's real clock, so the whole month falls inside them.
/// </summary>
internal static class BadFaithBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        double Arg(string name, double fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var days = Arg("--days", 30);
        var scale = Arg("--scale", 20_000);
        var perMinute = Arg("--rate", 0.25);
        var agents = (int)Arg("--agents", 1);
        var seed = (int)Arg("--seed", 7);

        await using var silo = await BenchSilo.Start(StorageProfile.Memory);
        var load = MachineInfo.LoadAverage();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ComplaintGrid bad-faith flag: memory profile, {days} simulated days at {perMinute}/min (simulated), clock x{scale}, {agents} agent(s) a department, seed {seed}"));
        Console.WriteLine($"machine: {MachineInfo.Describe()}; load average at start {load:0.0}");

        var simulator = new CallCentreSimulator(silo.Grains, new SimulatorOptions
        {
            Enabled = true,
            ComplaintsPerMinute = perMinute,
            AgentsPerDepartment = agents,
            TimeScale = scale,
            RunFor = TimeSpan.FromDays(days),
            Seed = seed,
        }, NullLogger.Instance);
        var started = TimeProvider.System.GetUtcNow();
        await simulator.RunAsync(CancellationToken.None);
        var ran = TimeProvider.System.GetUtcNow() - started;

        // Stories are read and told off the complaints' path: wait until the flagged list stops changing.
        var list = silo.Grains.GetGrain<IFlaggedCustomersGrain>(0);
        var flagged = await list.List();
        for (var quiet = 0; quiet < 5;)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = await list.List();
            quiet = now.Count == flagged.Count ? quiet + 1 : 0;
            flagged = now;
        }

        var planted = simulator.Planted.Select(p => p.CustomerId).ToHashSet(StringComparer.Ordinal);
        var raised = flagged.Select(f => f.CustomerId).Where(c => c.StartsWith(CallCentreSimulator.CustomerPrefix, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var right = raised.Count(planted.Contains);
        var precision = raised.Count == 0 ? 0 : (double)right / raised.Count;
        var recall = planted.Count == 0 ? 0 : (double)right / planted.Count;
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ran {ran.TotalSeconds:0} s; filed {simulator.Filed}; planted bad-faith complaints {simulator.Planted.Count} from {planted.Count} customers"));
        Console.WriteLine($"flagged {raised.Count} simulated customers; {right} planted, {raised.Count - right} not");
        Console.WriteLine($"precision {F(precision)}, recall {F(recall)} (target precision >= 0.8 at recall >= 0.7: {(precision >= 0.8 && recall >= 0.7 ? "met" : "missed")})");
        foreach (var group in flagged.Where(f => raised.Contains(f.CustomerId)).GroupBy(f => string.Join("+", f.Reasons)).OrderByDescending(g => g.Count()))
            Console.WriteLine($"  {group.Count(),5} flagged with {group.Key} ({group.Count(f => planted.Contains(f.CustomerId))} planted)");
        var missed = planted.Where(p => !raised.Contains(p)).ToArray();
        if (missed.Length > 0)
        {
            var claims = simulator.Planted.Where(p => !raised.Contains(p.CustomerId)).GroupBy(p => p.CustomerId).GroupBy(g => g.Count()).OrderBy(g => g.Key);
            Console.WriteLine("missed planted customers by claims filed: " + string.Join(", ", claims.Select(g => $"{g.Key} claim(s): {g.Count()}")));
        }
        Console.WriteLine($"load average at end {MachineInfo.LoadAverage():0.0}");
        return 0;
    }
}
