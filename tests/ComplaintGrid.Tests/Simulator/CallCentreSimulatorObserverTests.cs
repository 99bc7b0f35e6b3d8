using ComplaintGrid.Simulator;
using ComplaintGrid.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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
        };
        var simulator = new CallCentreSimulator(fixture.Grains, options, NullLogger.Instance, observer: observer);
        using var stop = new CancellationTokenSource();
        var running = simulator.RunAsync(stop.Token);
        // Poll until agents have taken a few steps (a deadline, not a fixed wait: a busy machine takes longer).
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (observer.ActedViews.Count < 20 && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(100);
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
        var time = new FakeTimeProvider(ClusterFixture.Start);
        var options = new SimulatorOptions { ComplaintsPerMinute = 600, AgentsPerDepartment = 0, Seed = 3 };
        using var stop = new CancellationTokenSource();
        var running = new CallCentreSimulator(fixture.Grains, options, NullLogger.Instance, time, observer).RunAsync(stop.Token);
        // Tick until the first filing is out, so the arrival loop is known to be waiting on the fake clock.
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (observer.Sent.IsEmpty && TimeProvider.System.GetUtcNow() < deadline)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }
        // The arrival loop's first pass runs on the thread that brought the cluster's first answer, beside these ticks:
        // on a busy machine it can still be releasing what they made due when the first filing shows (a full test run
        // once counted 102 below). Count from when it is idle, waiting on the fake clock.
        var before = await CountOnceSettled(observer, deadline);

        // Ten seconds pass in one step, as they do for a loop held up by slow answers: the filings due in them all go out.
        time.Advance(TimeSpan.FromSeconds(10));
        while (observer.Sent.Count < before + 99 && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(10);
        var sent = observer.Sent.Count - before;
        await stop.CancelAsync();
        await running;

        Assert.InRange(sent, 99, 101);
        Assert.Empty(observer.Failures);
    }

    /// <summary>The filings sent so far, once no more have been sent for a quarter of a second with the clock held still.</summary>
    private static async Task<int> CountOnceSettled(RecordingObserver observer, DateTimeOffset deadline)
    {
        var count = observer.Sent.Count;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(250);
            var now = observer.Sent.Count;
            if (now == count)
                return count;
            count = now;
        }
        return count;
    }
}
