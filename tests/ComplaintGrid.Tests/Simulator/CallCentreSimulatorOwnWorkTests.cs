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
            UntouchedShare = 0, EscalationRequestShare = 0.1, Seed = 11, HandlingTimeFactor = 0.0001,
        };
        var simulator = new CallCentreSimulator(fixture.Grains, options, NullLogger.Instance, observer: observer);
        using var stop = new CancellationTokenSource();
        var running = simulator.RunAsync(stop.Token);
        await Eventually.True(() => !observer.FiledViews.IsEmpty, "the simulator filed a complaint", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(50));

        // Critical: the top of the logistics queue, the first complaint any of its agents looks at.
        var (real, _) = await FileAsync(fixture.Grains, Filing(NewCustomer(), Category.Delivery, Severity.Critical));
        var (impostor, _) = await FileAsync(fixture.Grains, Filing(CallCentreSimulator.CustomerPrefix + "impostor", Category.Delivery, Severity.Critical));
        var stepsBefore = observer.ActedViews.Count(v => v.DepartmentId == "logistics");
        // Wait on the simulator's own work in the same queue: by then its agents have passed over ours many times.
        await Eventually.True(() => observer.ActedViews.Count(v => v.DepartmentId == "logistics") >= stepsBefore + 20,
            "the simulator's agents took 20 more steps in the logistics queue", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(50));
        await stop.CancelAsync();
        await running;

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
