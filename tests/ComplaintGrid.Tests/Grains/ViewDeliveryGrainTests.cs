using ComplaintGrid.Grains;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Views apply each complaint event once: a redelivered or stale event changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ViewDeliveryGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Apply_DuplicateAndStaleEvents_ChangeNeitherCustomerNorDepartment()
    {
        var customerId = NewCustomer();
        var (grain, filed) = await FileAsync(_grains, Filing(customerId, Category.Billing));
        var acknowledged = await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        var customer = _grains.GetGrain<ICustomerGrain>(customerId);
        var department = _grains.GetGrain<IDepartmentGrain>("finance");
        var customerBefore = await customer.Get();
        var queueBefore = await department.ListOpen();

        // Replay the filing event (sequence 1) and a copy of the acknowledgement (sequence 2) with a stale summary.
        var stale = new ComplaintEvent(filed.Id, 1, ComplaintEventKind.Filed, filed.FiledAt,
            queueBefore.Single(c => c.ComplaintId == filed.Id) with { Status = ComplaintStatus.Received }, null, null, null);
        var duplicate = stale with { Sequence = acknowledged.Sequence, Kind = ComplaintEventKind.Acknowledged };
        await _grains.GetGrain<ICustomerViewGrain>(customerId).Apply([stale, duplicate]);
        await _grains.GetGrain<IDepartmentViewGrain>("finance").Apply([stale, duplicate]);

        var customerAfter = await customer.Get();
        var queueAfter = await department.ListOpen();
        Assert.Equal(ComplaintStatus.Acknowledged, customerAfter.Complaints.Single().Status);
        Assert.Equal(customerBefore.TotalComplaints, customerAfter.TotalComplaints);
        Assert.Equal(ComplaintStatus.Acknowledged, queueAfter.Single(c => c.ComplaintId == filed.Id).Status);
        Assert.Equal(queueBefore.Count, queueAfter.Count);
    }
}
