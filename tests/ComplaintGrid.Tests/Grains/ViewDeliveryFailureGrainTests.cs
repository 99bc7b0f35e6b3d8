using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>A view that cannot be reached fails no command: its events wait in the complaint's outbox until it can.</summary>
[Collection(ViewLossCollection.Name)]
public sealed class ViewDeliveryFailureGrainTests(ViewLossClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task CustomerViewCannotActivate_CommandsStillAnswer_AndTheViewCatchesUpOnceItCan()
    {
        var grains = fixture.Grains;
        var customerId = NewCustomer();
        var readsRefusedBefore = FailingViewStorage.ReadsRefused;
        ComplaintView acknowledged;
        FailingViewStorage.FailingReads = "customer";
        try
        {
            var (grain, _) = await FileAsync(grains, Filing(customerId, key: "unreachable-view"));
            acknowledged = await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));

            Assert.Equal(ComplaintStatus.Acknowledged, acknowledged.Status);
            // The complaint's deliveries and at least one redelivery by its retry timer met the refusing store.
            await Eventually.True(() => Task.FromResult(FailingViewStorage.ReadsRefused >= readsRefusedBefore + 2), "redeliveries were refused", Within);
        }
        finally
        {
            FailingViewStorage.FailingReads = null;
        }

        var customer = grains.GetGrain<ICustomerGrain>(customerId);
        await Eventually.True(async () =>
        {
            var view = await customer.Get();
            return view.TotalComplaints == 1 && view.Complaints.Single().Status == ComplaintStatus.Acknowledged;
        }, "the customer view caught up with the complaint", Within);
        Assert.Equal(acknowledged.Id, (await customer.Get()).Complaints.Single().ComplaintId);
    }
}
