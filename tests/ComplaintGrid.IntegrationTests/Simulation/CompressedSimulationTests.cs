using System.Collections.Concurrent;
using ComplaintGrid.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.IntegrationTests.Simulation;

/// <summary>
/// A silo started with <c>--simulate</c> at a compressed time scale: in a few real seconds of simulated hours its
/// complaints are handed off, held, reopened and escalated by their own deadlines on the silo's (compressed) clock.
/// </summary>
public sealed class CompressedSimulationTests
{
    [Fact]
    public async Task CompressedRun_InAFewSimulatedHours_HandOffsHoldsReopensAndDeadlineEscalationsHappen()
    {
        var observer = new ActedObserver();
        var (app, _) = await TestSiloHost.StartAsync(SimulatorArguments.Expand(SiloArguments.OnLoopback("compressed")
            .Add(SimulatorArguments.Switch)
            .Profile("Memory")
            // An hour of simulated time each real second.
            .Set("ComplaintGrid:Simulator:TimeScale", "3600")
            .Set("ComplaintGrid:Simulator:ComplaintsPerMinute", "2")
            .Set("ComplaintGrid:Simulator:DailyPattern", "false")
            .Set("ComplaintGrid:Simulator:AgentStepTime", "00:01:00")
            .Set("ComplaintGrid:Simulator:WrongDepartmentShare", "0.4")
            .Set("ComplaintGrid:Simulator:HoldShare", "0.4")
            .Set("ComplaintGrid:Simulator:UnsatisfiedShare", "0.5")
            .Set("ComplaintGrid:Simulator:Seed", "17")), services => services.AddSingleton<ISimulationObserver>(observer));
        try
        {
            var grains = app.Services.GetRequiredService<IGrainFactory>();
            await Eventually.True(() => Saw(observer, ComplaintEventKind.HandedOff) && Saw(observer, ComplaintEventKind.PutOnHold)
                    && Saw(observer, ComplaintEventKind.Reopened) && Saw(observer, ComplaintEventKind.Escalated),
                "the simulator's complaints were handed off, held, reopened and escalated", TimeSpan.FromMinutes(3), TimeSpan.FromMilliseconds(250));

            foreach (var kind in new[] { ComplaintEventKind.HandedOff, ComplaintEventKind.PutOnHold, ComplaintEventKind.Reopened })
            {
                var acted = observer.Views.First(v => v.Timeline.Any(t => t.Kind == kind));
                var stored = await grains.GetGrain<IComplaintGrain>(acted.Id).Get();
                Assert.Contains(stored.Timeline, t => t.Kind == kind);
            }
            // The deadlines ran on the compressed clock: a complaint's timeline spans simulated hours in real seconds.
            var longest = observer.Views.Max(v => v.Timeline[^1].At - v.Timeline[0].At);
            Assert.True(longest > TimeSpan.FromHours(2), $"the longest timeline seen spans only {longest}");
            Assert.Empty(observer.Failures);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static bool Saw(ActedObserver observer, ComplaintEventKind kind) =>
        observer.Views.Any(v => v.Timeline.Any(t => t.Kind == kind));

    private sealed class ActedObserver : ISimulationObserver
    {
        public ConcurrentQueue<ComplaintView> Views { get; } = new();

        public ConcurrentQueue<Exception> Failures { get; } = new();

        public void Filing(FileComplaint command)
        {
        }

        public void Filed(FileComplaint command, ComplaintView complaint)
        {
        }

        public void Acted(ComplaintView complaint) => Views.Enqueue(complaint);

        public void CallFailed(Exception exception) => Failures.Enqueue(exception);
    }
}
