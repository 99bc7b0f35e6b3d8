using ComplaintGrid.Simulator;
using ComplaintGrid.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>The simulator keeps to its own customers and complaints: a real complaint filed while it runs is left to people.</summary>
public sealed class CallCentreSimulatorOwnWorkTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task RealComplaintsFiledWhileItRuns_AreNeverTouched_EvenForACustomerIdThatLooksLikeItsOwn()
    {
        var observer = new RecordingObserver();
        var options = new SimulatorOptions
        {
            ComplaintsPerMinute = 600, AgentsPerDepartment = 2, AgentStepTime = TimeSpan.FromMilliseconds(20),
            UntouchedShare = 0, EscalationRequestShare = 0.1, Seed = 11,
        };
        var simulator = new CallCentreSimulator(fixture.Grains, options, NullLogger.Instance, observer: observer);
        using var stop = new CancellationTokenSource();
        var running = simulator.RunAsync(stop.Token);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (observer.FiledViews.IsEmpty && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(50);

        // Critical: the top of the logistics queue, the first complaint any of its agents looks at.
        var (real, _) = await FileAsync(fixture.Grains, Filing(NewCustomer(), Category.Delivery, Severity.Critical));
        var (impostor, _) = await FileAsync(fixture.Grains, Filing(CallCentreSimulator.CustomerPrefix + "impostor", Category.Delivery, Severity.Critical));
        var stepsBefore = observer.ActedViews.Count(v => v.DepartmentId == "logistics");
        // Wait on the simulator's own work in the same queue: by then its agents have passed over ours many times.
        while (observer.ActedViews.Count(v => v.DepartmentId == "logistics") < stepsBefore + 20 && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(50);
        await stop.CancelAsync();
        await running;

        Assert.True(observer.ActedViews.Count(v => v.DepartmentId == "logistics") >= stepsBefore + 20, "the simulator's agents did not work the logistics queue");
        Assert.Empty(observer.Failures);
        foreach (var untouched in new[] { await real.Get(), await impostor.Get() })
        {
            Assert.Equal(ComplaintStatus.Received, untouched.Status);
            Assert.DoesNotContain(untouched.Timeline, t => t.Via == ActOrigin.Simulator);
        }
        Assert.All(observer.FiledViews, v => Assert.StartsWith(CallCentreSimulator.CustomerPrefix, v.CustomerId, StringComparison.Ordinal));
        Assert.All(observer.ActedViews.SelectMany(v => v.Timeline),
            t => Assert.Contains(t.Via, new[] { ActOrigin.Simulator, ActOrigin.System }));
    }
}
