using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ComplaintGrid.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.Cli.Commands;

internal static class SimulateCommand
{
    /// <summary>Once a second: often enough to watch, rare enough that reading department health adds no load.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public static Command Create()
    {
        var rate = CliOptions.Positive("--rate", "New complaints per minute across all departments.", 60);
        var duration = new Option<double>("--duration") { Description = "Seconds to run; 0 runs until Ctrl+C.", DefaultValueFactory = _ => 0 };
        duration.Validators.Add(r => { if (r.GetValueOrDefault<double>() < 0) r.AddError("--duration: must be 0 or more seconds."); });
        var agents = new Option<int?>("--agents") { Description = "Agents on shift in each department (default 3)." };
        CliOptions.Within(agents, 0, 1000);
        var stepTime = CliOptions.Positive("--step-time", "Seconds an agent takes for one step of a complaint.", 3);
        var seed = new Option<int?>("--seed") { Description = "Random seed for a repeatable run." };
        var compression = new Option<double?>("--compression")
        {
            Description = "Simulated time per real time, e.g. 60: the simulator's waits shrink (the cluster's deadlines follow only in a silo run with --simulate).",
        };
        compression.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } value && value is < 0.001 or > 100_000)
                r.AddError("--compression: must be between 0.001 and 100000.");
        });
        return new Command("simulate", "Drive simulated call-centre traffic into the cluster and show progress: events/s, open, breaches.")
            { rate, duration, agents, stepTime, seed, compression }
            .WithAction(c => Run(c, new SimulatorOptions
            {
                Enabled = true,
                ComplaintsPerMinute = Math.Min(c.Get(rate), MaxRate),
                AgentsPerDepartment = c.Get(agents) ?? new SimulatorOptions().AgentsPerDepartment,
                AgentStepTime = TimeSpan.FromSeconds(Math.Max(c.Get(stepTime), MinStepSeconds)),
                Seed = c.Get(seed),
                TimeScale = c.Get(compression) ?? 1,
            }, TimeSpan.FromSeconds(c.Get(duration))), bounded: false);
    }

    /// <summary>The simulator's own bounds (<see cref="SimulatorOptions"/>), applied rather than refused.</summary>
    private const double MaxRate = 600_000, MinStepSeconds = 0.01;

    /// <summary>A report right after the previous one must not divide by (almost) zero.</summary>
    private const double MinInterval = 0.05;

    /// <summary>How long the final report may take, in progress intervals.</summary>
    private const int FinalReportIntervals = 5;

    private static async Task Run(CommandContext c, SimulatorOptions options, TimeSpan duration)
    {
        var simulator = new CallCentreSimulator(c.Session.Grains, options, NullLogger.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(c.Cancellation);
        if (duration > TimeSpan.Zero)
            stop.CancelAfter(duration);
        var live = !c.Output.IsJson && !Console.IsOutputRedirected;
        if (!c.Output.IsJson)
            c.Output.Out.WriteLine($"Simulating {options.ComplaintsPerMinute:0.#} complaints/min, {options.AgentsPerDepartment} agents per department" +
                (duration > TimeSpan.Zero ? $", for {duration.TotalSeconds:0.#} s." : "; Ctrl+C stops."));
        var run = simulator.RunAsync(stop.Token);
        var watch = Stopwatch.StartNew();
        var (lastEvents, lastAt) = (0L, TimeSpan.Zero);
        async Task Report(CancellationToken cancellationToken)
        {
            var departments = await c.Client.ListDepartments(cancellationToken).WaitAsync(cancellationToken);
            var (events, at) = (simulator.Filed + simulator.Steps, watch.Elapsed);
            var progress = new SimulationProgress(Math.Round(at.TotalSeconds, 1), simulator.Filed, simulator.Steps,
                Math.Round((events - lastEvents) / Math.Max((at - lastAt).TotalSeconds, MinInterval), 1),
                departments.Sum(d => d.Open), departments.Sum(d => d.Breached));
            (lastEvents, lastAt) = (events, at);
            Print(c.Output, progress, live);
        }
        using var timer = new PeriodicTimer(ProgressInterval);
        try
        {
            while (!run.IsCompleted && await timer.WaitForNextTickAsync(stop.Token))
                await Report(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The duration is up or Ctrl+C: the simulator ends its agents' shifts below.
        }
        await run;
        // The last tick usually falls on the stop itself: report the final state, bounded so a lost cluster cannot hold the exit.
        using (var final = new CancellationTokenSource(ProgressInterval * FinalReportIntervals))
            await Report(final.Token);
        if (live)
            c.Output.Out.WriteLine();
        if (!c.Output.IsJson)
        {
            c.Output.Out.WriteLine($"Done: filed {simulator.Filed} complaints and took {simulator.Steps} agent steps in {watch.Elapsed.TotalSeconds:0.0} s.");
            c.Output.Out.WriteLine(simulator.Tally.Format());
        }
    }

    private static void Print(CliOutput output, SimulationProgress p, bool live)
    {
        if (output.IsJson)
        {
            output.Out.WriteLine(JsonSerializer.Serialize(p, CliJson.Compact));
            return;
        }
        var line = $"{p.ElapsedSeconds,6:0.0} s  events/s {p.EventsPerSecond,7:0.0}  filed {p.Filed,6}  steps {p.Steps,6}  open {p.Open,6}  breaches {p.Breached,5}";
        // In a terminal the line updates in place; piped, each second is a line of its own.
        output.Out.Write(live ? $"\r{line}" : $"{line}{Environment.NewLine}");
    }
}
