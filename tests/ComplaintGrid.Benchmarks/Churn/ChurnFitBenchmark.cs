using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.Benchmarks.Churn;

/// <summary>
/// Whether the churn model learns the behaviour the simulator plants (<see cref="PlantedChurn"/>): the simulated centre
/// runs on one in-memory silo with every clock allowance divided by a compression factor (240: a medium complaint's
/// acknowledgement is due in a minute, its resolution in half an hour), so the complaints that close within the run
/// have met some deadlines and breached others; each ordinary customer's outcome is recorded when their complaint closes. Then one fit:
/// reported are the outcomes, the fitted model's held-out AUC against the hand-set model's on the same customers,
/// whether it was adopted, and its weights.
/// </summary>
internal static class ChurnFitBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        double Arg(string name, double fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var compression = Arg("--compression", 240);
        var minutes = Arg("--minutes", 8);
        var perMinute = Arg("--rate", 90);
        var agents = (int)Arg("--agents", 3);
        var stepTime = TimeSpan.FromMilliseconds(Arg("--step-ms", 500));

        var configuration = new Dictionary<string, string?>();
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var standard = ClockPolicyOptions.StandardFor(severity);
            foreach (var kind in Enum.GetValues<ClockKind>())
                configuration[$"{ClockPolicyOptions.SectionName}:Defaults:{severity}:{kind}"] = (standard.For(kind) / compression).ToString("c", CultureInfo.InvariantCulture);
        }

        await using var silo = await BenchSilo.Start(StorageProfile.Memory, configuration: configuration);
        var load = MachineInfo.LoadAverage();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ComplaintGrid churn fit: memory profile, allowances / {compression}, {minutes} min of the simulator at {perMinute}/min, " +
            $"{agents} agents a department, a step every {stepTime.TotalMilliseconds:0} ms (±50%), outcomes recorded when a complaint closes"));
        Console.WriteLine($"machine: {MachineInfo.Describe()}; load average at start {load:0.0}");

        var simulator = new CallCentreSimulator(silo.Grains, new SimulatorOptions
        {
            Enabled = true,
            ComplaintsPerMinute = perMinute,
            AgentsPerDepartment = agents,
            AgentStepTime = stepTime,
            HandlingTimeFactor = 0.0001,
            RecordOutcomes = true,
            Seed = 11,
        }, NullLogger.Instance);
        using (var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes)))
            await simulator.RunAsync(stop.Token);
        if (simulator.Outcomes is { } outcomes)
        {
            await outcomes.Drain();
            Console.WriteLine($"filed {simulator.Filed}; outcomes recorded: stayed {outcomes.Stayed}, left {outcomes.Left}, downgraded {outcomes.Downgraded}, failed {outcomes.Failed}");
        }

        var registry = silo.Grains.GetGrain<IChurnModelGrain>(0);
        ChurnFitResult fit;
        try
        {
            fit = await registry.Fit();
        }
        catch (ComplaintGridException ex)
        {
            Console.WriteLine($"fit refused: {ex.Message}");
            return 1;
        }
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"outcomes: {fit.TrainingOutcomes} training, {fit.HeldOutOutcomes} held out, {fit.Churned} churned (left or downgraded)");
        Console.WriteLine($"held-out AUC: fitted {fit.CandidateVersion} {F(fit.CandidateAuc)}, hand-set {fit.CurrentVersion} {F(fit.CurrentAuc)}; adopted {fit.Adopted}");
        Console.WriteLine($"fitted weights: intercept {F(fit.Candidate.Intercept)}, " +
            string.Join(", ", fit.Candidate.Weights.Select(w => $"{w.Name} {F(w.Weight)}")));
        Console.WriteLine($"load average at start {load:0.0}, at end {MachineInfo.LoadAverage():0.0}");
        return 0;
    }
}
