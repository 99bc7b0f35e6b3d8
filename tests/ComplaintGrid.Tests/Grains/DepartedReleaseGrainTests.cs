using System.Text.Json;
using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Grains;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A department remembers each complaint it has seen so it can ignore redeliveries; a complaint that left it first
/// stores an outbox with nothing more for it that would matter there, then lets it forget (a closed one at once, a handed-off one at its next
/// write or when it goes idle), so that memory follows the complaints still moving rather than every complaint of the day.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DepartedReleaseGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    /// <summary>Between reads of the stored state: a view writes on its checkpoint, so reading faster finds nothing new.</summary>
    private static readonly TimeSpan StoragePoll = TimeSpan.FromMilliseconds(250);
    private readonly IGrainFactory _grains = fixture.Grains;

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(ComplaintGridStorage.Name);

    [Fact]
    public async Task ClosedComplaint_ItsDepartmentForgetsIt_OnceAllOfItIsStored_WithoutWaitingForIdle()
    {
        var customerId = NewCustomer();
        var (closed, _) = await FileAsync(_grains, Filing(customerId, Category.Billing, key: "release-closed"));
        await closed.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await closed.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly."));
        var closedView = await closed.Close(new CloseComplaint("agent-1", null, null, null));
        var (_, openView) = await FileAsync(_grains, Filing(customerId, Category.Billing, key: "release-open"));

        // The view stores the close on its checkpoint, the complaint hears so on its next redelivery and releases the
        // view, which stores that on its next checkpoint: seconds, not an idle period.
        // The open complaint was filed after the close, so once it is stored, so was the close before it.
        var finance = await Eventually.Value(() => StoredDepartment("finance"),
            stored => stored.LastSequence.ContainsKey(openView.Id) && !stored.LastSequence.ContainsKey(closedView.Id),
            "finance stored the open complaint and forgot the closed one", Within, StoragePoll);

        Assert.DoesNotContain(closedView.Id, finance.Departed.Keys);
        Assert.Equal(openView.Sequence, finance.LastSequence[openView.Id]);
        // Still a closed complaint of finance for everyone who reads it.
        Assert.Equal(ComplaintStatus.Closed, (await closed.Get()).Status);

        await AssertRedeliveryChangesNothing("finance", closedView.Id);
    }

    [Fact]
    public async Task ClosedComplaint_WhoseDepartmentHadStoredAllBeforeTheClose_ReleasesIt_WithoutAnotherWrite()
    {
        var (closed, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.Billing, key: "release-slow-close"));
        await closed.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        var assessed = await closed.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly."));
        await Eventually.Value(() => StoredDepartment("finance"),
            stored => stored.LastSequence.GetValueOrDefault(assessed.Id) >= assessed.Sequence,
            "finance stored the assessment", Within, StoragePoll);
        // This delivery's answer tells the complaint finance has stored the acknowledgement: it leaves the outbox, and
        // the close's write stores only the close for finance, as when a close comes days after the resolution.
        await closed.InformCustomer(new InformCustomer("agent-1", "We are checking the bill."));
        await closed.Close(new CloseComplaint("agent-1", null, null, null));

        await Eventually.Value(() => StoredDepartment("finance"),
            stored => !stored.LastSequence.ContainsKey(assessed.Id),
            "finance forgot the closed complaint", Within, StoragePoll);

        // Forgotten with no write after the close's: the stored outbox still holds the close for finance.
        var complaint = await Stored<ComplaintState>("complaint", closed.GetGrainId());
        var leftForFinance = Assert.Single(complaint.Outbox, p => p.Target == DeliveryTarget.Department && p.TargetId == "finance");
        Assert.Equal(ComplaintEventKind.Closed, leftForFinance.Event.Kind);
        await AssertRedeliveryChangesNothing("finance", assessed.Id);
    }

    [Fact]
    public async Task HandedOffComplaintGoesIdle_TheDepartmentItLeftForgetsIt_AndTheOneItIsInKeepsIt()
    {
        var (moved, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.Billing, key: "release-moved"));
        await ToInvestigatingAsync(moved);
        var movedView = await moved.HandOff(new HandOffComplaint("lead-1", "logistics", "The charge is a delivery fee."));

        await Eventually.Value(async () =>
        {
            // Reading a complaint reactivates it if it was collected before its views had stored it: it then
            // redelivers on its retry period, and the view's answer says everything is stored. The pause is that
            // period, the behaviour under test (the activation must live through one retry), not a wait before an
            // assertion: the collection after it makes the stores write what they hold, and the read below decides.
            await moved.Get();
            await Task.Delay(new ComplaintGrainOptions().DeliveryRetryPeriod + TimeSpan.FromSeconds(1));
            await _grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
            return await StoredDepartment("finance");
        }, stored => !stored.LastSequence.ContainsKey(movedView.Id), "finance forgot the complaint handed to logistics", Within, TimeSpan.Zero);

        var logistics = await StoredDepartment("logistics");
        Assert.Equal(movedView.Sequence, logistics.LastSequence[movedView.Id]);
        await AssertRedeliveryChangesNothing("finance", movedView.Id);
    }

    /// <summary>
    /// What was forgotten can never come back in a way that matters: whatever the complaint's stored outbox still holds
    /// for the view, redelivered by a later activation, leaves the view as it is.
    /// </summary>
    private async Task AssertRedeliveryChangesNothing(string departmentId, string complaintId)
    {
        var complaint = await Stored<ComplaintState>("complaint", _grains.GetGrain<IComplaintGrain>(complaintId).GetGrainId());
        var left = complaint.Outbox.Where(p => p.Target == DeliveryTarget.Department && p.TargetId == departmentId).Select(p => p.Event).ToArray();
        if (left.Length == 0)
            return;
        var department = _grains.GetGrain<IDepartmentGrain>(departmentId);
        var before = JsonSerializer.Serialize(await department.Get());
        await _grains.GetGrain<IDepartmentViewGrain>(departmentId).Apply(left);
        Assert.Equal(before, JsonSerializer.Serialize(await department.Get()));
    }

    private Task<DepartmentState> StoredDepartment(string id) =>
        Stored<DepartmentState>("department", _grains.GetGrain<IDepartmentGrain>(id).GetGrainId());

    private async Task<T> Stored<T>(string stateName, GrainId grainId) where T : new()
    {
        var state = new GrainState<T>(new T());
        await Storage.ReadStateAsync(stateName, grainId, state);
        return state.State ?? throw new InvalidOperationException($"No {stateName} state stored for {grainId}.");
    }
}
