using ComplaintGrid.Simulator;
using ComplaintGrid.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;
using ComplaintGrid.TestSupport.Time;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>The simulator's observer hook (what it reports acknowledged is exactly what the grains hold) and its arrival rate.</summary>
public sealed class CallCentreSimulatorObserverTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Observer_IsToldOfEveryAcknowledgedFilingAndStep_EachOfThemInItsComplaintsTimeline()
    {
        var observer = new RecordingObserver();
        var options = new SimulatorOptions
        {
            ComplaintsPerMinute = 1200, AgentsPerDepartment = 2, AgentStepTime = TimeSpan.FromMilliseconds(20),
            UntouchedShare = 0, EscalationRequestShare = 0.1, Seed = 7,
            // Handling times of a fraction of a second: the test sees steps, not a realistic day.
            HandlingTimeFactor = 0.0001,
        };
        var simulator = new CallCentreSimulator(fixture.Grains, options, NullLogger.Instance, observer: observer);
        using var stop = new CancellationTokenSource();
        var running = simulator.RunAsync(stop.Token);
        await Eventually.True(() => observer.ActedViews.Count >= 20, "agents took 20 steps", TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await running;

        Assert.Empty(observer.Failures);
        Assert.Equal(simulator.Filed, observer.FiledViews.Count);
        Assert.True(observer.ActedViews.Count >= 20, $"only {observer.ActedViews.Count} steps were reported");
        // Every filing is announced before it is sent, so an observer can look for one whose answer was lost.
        Assert.Subset(observer.Sent.ToHashSet(), observer.FiledCommands.ToHashSet());
        foreach (var filed in observer.FiledViews)
            Assert.Equal(ComplaintEventKind.Filed, (await fixture.Grains.GetGrain<IComplaintGrain>(filed.Id).Get()).Timeline[0].Kind);
        foreach (var acted in observer.ActedViews)
        {
            var step = acted.Timeline.Last(t => t.Kind != ComplaintEventKind.Escalated);
            var now = await fixture.Grains.GetGrain<IComplaintGrain>(acted.Id).Get();
            Assert.Contains(step, now.Timeline);
        }
        Assert.Contains(observer.ActedViews, v => v.Timeline[^1].Kind == ComplaintEventKind.Acknowledged);
    }

    [Fact]
    public async Task Arrivals_FollowTheClockNotTheAnswers_TenSecondsAtTenAMinuteSendOneHundred()
    {
        var observer = new RecordingObserver();
        var time = new TimerWatchingTimeProvider(ClusterFixture.Start);
        var options = new SimulatorOptions { ComplaintsPerMinute = 600, AgentsPerDepartment = 0, Seed = 3, DailyPattern = false, OutageStormsPerDay = 0 };
        using var stop = new CancellationTokenSource();
        // The arrival loop creates a timer of its tick each time it goes back to waiting on the clock: the first one
        // says it is idle with nothing due yet, the next says it has released all that the advance made due.
        var waiting = time.NextTimer(ArrivalTick);
        var running = new CallCentreSimulator(fixture.Grains, options, NullLogger.Instance, time, observer).RunAsync(stop.Token);
        await waiting.WaitAsync(Patience);
        var before = observer.Sent.Count;

        // Ten seconds pass in one step, as they do for a loop held up by slow answers: the filings due in them all go out.
        var waitingAgain = time.NextTimer(ArrivalTick);
        time.Advance(TimeSpan.FromSeconds(10));
        await waitingAgain.WaitAsync(Patience);
        var sent = observer.Sent.Count - before;
        await stop.CancelAsync();
        await running;

        Assert.Equal(0, before);
        Assert.InRange(sent, 99, 101);
        Assert.Empty(observer.Failures);
    }

    /// <summary>How long the simulator's arrival loop waits on its clock each time round (its <c>ArrivalTick</c>).</summary>
    private static readonly TimeSpan ArrivalTick = TimeSpan.FromMilliseconds(100);

    /// <summary>How long the arrival loop may take to reach its wait on a busy machine; a guard, not a pause.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
}
