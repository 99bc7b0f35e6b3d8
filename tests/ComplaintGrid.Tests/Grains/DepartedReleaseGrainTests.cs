using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A department remembers each complaint it has seen so it can ignore redeliveries; a complaint that left it and goes
/// idle first stores an outbox with nothing more for it, then lets it forget, so that memory follows the complaints
/// still moving rather than every complaint of the day.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DepartedReleaseGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private readonly IGrainFactory _grains = fixture.Grains;

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(ComplaintGridStorage.Name);

    [Fact]
    public async Task ComplaintsThatLeftADepartmentGoIdle_ItForgetsThem_AndKeepsTheOnesStillThere()
    {
        var customerId = NewCustomer();
        var (closed, _) = await FileAsync(_grains, Filing(customerId, Category.Billing, key: "release-closed"));
        await closed.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await closed.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly."));
        var closedView = await closed.Close(new CloseComplaint("agent-1", null, null, null));
        var (moved, _) = await FileAsync(_grains, Filing(customerId, Category.Billing, key: "release-moved"));
        await ToInvestigatingAsync(moved);
        var movedView = await moved.HandOff(new HandOffComplaint("lead-1", "logistics", "The charge is a delivery fee."));
        var (open, openView) = await FileAsync(_grains, Filing(customerId, Category.Billing, key: "release-open"));

        var finance = await Eventually(async () =>
        {
            // Reading a complaint reactivates it if it was collected before its views had stored it: it then
            // redelivers on its retry period, and the view's answer says everything is stored.
            await Task.WhenAll(closed.Get(), moved.Get(), open.Get());
            await Task.Delay(new ComplaintGrainOptions().DeliveryRetryPeriod + TimeSpan.FromSeconds(1));
            await _grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
            var stored = await StoredDepartment("finance");
            return (stored, Done: !stored.LastSequence.ContainsKey(closedView.Id) && !stored.LastSequence.ContainsKey(movedView.Id));
        }, "finance forgot the closed and the handed-off complaint");

        Assert.DoesNotContain(closedView.Id, finance.Departed.Keys);
        Assert.DoesNotContain(movedView.Id, finance.Departed.Keys);
        Assert.True(finance.LastSequence.ContainsKey(openView.Id), "the complaint still open in finance is remembered");
        var logistics = await StoredDepartment("logistics");
        Assert.Equal(movedView.Sequence, logistics.LastSequence[movedView.Id]);

        // What was forgotten can never come back: the complaints' stored outboxes hold nothing more for finance.
        foreach (var id in new[] { closedView.Id, movedView.Id })
        {
            var complaint = await Stored<ComplaintState>("complaint", _grains.GetGrain<IComplaintGrain>(id).GetGrainId());
            Assert.DoesNotContain(complaint.Outbox, p => p.Target == DeliveryTarget.Department && p.TargetId == "finance");
        }
    }

    private Task<DepartmentState> StoredDepartment(string id) =>
        Stored<DepartmentState>("department", _grains.GetGrain<IDepartmentGrain>(id).GetGrainId());

    private async Task<T> Stored<T>(string stateName, GrainId grainId) where T : new()
    {
        var state = new GrainState<T>(new T());
        await Storage.ReadStateAsync(stateName, grainId, state);
        return state.State ?? throw new InvalidOperationException($"No {stateName} state stored for {grainId}.");
    }

    private static async Task<T> Eventually<T>(Func<Task<(T Value, bool Done)>> attempt, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Within;
        while (true)
        {
            var (value, done) = await attempt();
            if (done)
                return value;
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Not within {Within.TotalSeconds:0} s: {what}.");
        }
    }
}
