using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Views store on a checkpoint and acknowledge only what they stored, so losing the rest loses nothing for good.</summary>
[Collection(ViewLossCollection.Name)]
public sealed class ViewCheckpointGrainTests(ViewLossClusterFixture fixture)
{
    private static readonly TimeSpan ConvergeWithin = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task DepartmentLosesItsUncheckpointedState_ComplaintsRedeliver_AndTheViewConvergesWithoutCountingTwice()
    {
        var grains = fixture.Grains;
        var customerId = NewCustomer();
        // Only this test files into this cluster's finance queue, so every count below is exact.
        var department = grains.GetGrain<IDepartmentGrain>("finance");

        FailingViewStorage.Failing = "department";
        var complaints = new List<IComplaintGrain>();
        for (var i = 0; i < 4; i++)
        {
            var (grain, _) = await FileAsync(grains, Filing(customerId, Category.Billing, key: $"loss-{i}"));
            complaints.Add(grain);
        }
        await complaints[0].Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await complaints[1].Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await complaints[1].Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly."));
        await complaints[1].Close(new CloseComplaint("agent-1", null, null, null));

        // Checkpoints fail, so the view gives up its state (again and again while redeliveries arrive) and restarts from storage.
        await Eventually.True(() => Task.FromResult(FailingViewStorage.Refused >= 2), "department checkpoints were refused", ConvergeWithin);
        FailingViewStorage.Failing = null;

        var expected = await Task.WhenAll(complaints.Select(c => c.Get()));
        await Eventually.True(async () =>
        {
            var view = await department.Get();
            var queue = await department.ListOpen();
            return view.Open == 3 && view.NewLast15Minutes == 4 && view.ResolvedLastHour == 0
                && view.OpenByStatus.GetValueOrDefault(ComplaintStatus.Received) == 2
                && view.OpenByStatus.GetValueOrDefault(ComplaintStatus.Acknowledged) == 1
                && queue.Select(s => s.ComplaintId).Order().SequenceEqual(expected.Where(c => c.Status != ComplaintStatus.Closed).Select(c => c.Id).Order());
        }, "the finance view converged to the complaints", ConvergeWithin);

        // Converged for good: the complaints hold nothing more to redeliver, so a later look shows the same counts.
        var customer = await grains.GetGrain<ICustomerGrain>(customerId).Get();
        Assert.Equal(4, customer.TotalComplaints);
        Assert.Equal(3, customer.OpenComplaints);
        var settled = await department.Get();
        Assert.Equal(4, settled.NewLast15Minutes);
        Assert.Equal(3, settled.Open);
    }
}
