using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A customer view stores a complaint when it first sees it, not at every step after (its close included): on
/// activation it asks the complaints it stored as open for what they have stored, and stores those found closed. These tests prove the saving and that nothing is
/// lost by it, also when the view loses its memory or a complaint cannot answer.
/// </summary>
[Collection(ViewLossCollection.Name)]
public sealed class CustomerViewStorageGrainTests(ViewLossClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);


    [Fact]
    public async Task StepsOfAnOpenComplaint_CostTheCustomerNoWrite_YetAViewThatLosesItsMemoryShowsTheLatestStep()
    {
        var grains = fixture.Grains;
        var customerId = NewCustomer();
        var customer = grains.GetGrain<ICustomerGrain>(customerId);
        var since = Now();
        var (first, _) = await FileAsync(grains, Filing(customerId, key: "steps-apart"));
        await Eventually.True(() => Task.FromResult(FailingViewStorage.WritesOf(customer.GetGrainId()) >= 1), "the customer stored the filing", Within);
        await CheckpointTickAfter(customerId, since);
        var writesAfterFiling = FailingViewStorage.WritesOf(customer.GetGrainId());

        // Steps a contact centre takes hours apart, each waited on until the view's checkpoint tick after it has run,
        // so it would have been stored by then if the view stored it.
        since = Now();
        await first.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await CheckpointTickAfter(customerId, since);
        since = Now();
        await first.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "a refund", [UnderlyingWant.ToBeKeptInformed], null));
        await CheckpointTickAfter(customerId, since);
        since = Now();
        await first.Route(new RouteComplaint("agent-1", null));
        await CheckpointTickAfter(customerId, since);
        since = Now();
        var investigating = await first.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        await CheckpointTickAfter(customerId, since);

        Assert.Equal(writesAfterFiling, FailingViewStorage.WritesOf(customer.GetGrainId()));
        var live = await customer.Get();
        Assert.Equal(ComplaintStatus.Investigating, Assert.Single(live.Complaints).Status);

        // The view loses what it held in memory: a second filing makes it checkpoint, the store refuses, and it starts
        // again from storage, which still says the first complaint was just received.
        var refusedBefore = FailingViewStorage.Refused;
        FailingViewStorage.Failing = "customer";
        try
        {
            await FileAsync(grains, Filing(customerId, key: "steps-apart-2", reference: "ORD-2002"));
            await Eventually.True(() => Task.FromResult(FailingViewStorage.Refused > refusedBefore), "the customer's checkpoint was refused", Within);
        }
        finally
        {
            FailingViewStorage.Failing = null;
        }

        // The first complaint's outbox no longer holds its steps (the view acknowledged them), so only asking it can
        // bring them back; the second complaint's filing is redelivered, as it was never acknowledged.
        await Eventually.True(async () =>
        {
            var view = await customer.Get();
            return view.TotalComplaints == 2
                && view.Complaints.Single(c => c.ComplaintId == first.GetPrimaryKeyString()).Status == ComplaintStatus.Investigating;
        }, "the reactivated view shows both complaints, the first at its latest step", Within);
        var rebuilt = (await customer.Get()).Complaints.Single(c => c.ComplaintId == first.GetPrimaryKeyString());
        Assert.Equal(investigating.OwnerAgentId, rebuilt.OwnerAgentId);
        Assert.Equal(investigating.DepartmentId, rebuilt.DepartmentId);
    }

    [Fact]
    public async Task ClosingAComplaint_CostsTheCustomerNoWrite_TheNextActivationFindsItClosedAndStoresIt()
    {
        var grains = fixture.Grains;
        var customerId = NewCustomer();
        var customer = grains.GetGrain<ICustomerGrain>(customerId);
        var (complaint, _) = await FileAsync(grains, Filing(customerId, key: "closes"));
        await Eventually.True(() => Task.FromResult(FailingViewStorage.WritesOf(customer.GetGrainId()) >= 1), "the customer stored the filing", Within);
        await complaint.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        var since = Now();
        await complaint.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly."));
        await CheckpointTickAfter(customerId, since);
        var writesBeforeClose = FailingViewStorage.WritesOf(customer.GetGrainId());

        since = Now();
        await complaint.Close(new CloseComplaint("agent-1", null, null, null));
        await CheckpointTickAfter(customerId, since);

        Assert.Equal(writesBeforeClose, FailingViewStorage.WritesOf(customer.GetGrainId()));
        Assert.Equal(0, (await customer.Get()).OpenComplaints);

        // Collected: storage still says open, so the next activation asks the complaint, finds it closed, and stores that.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(ComplaintStatus.Closed, Assert.Single((await customer.Get()).Complaints).Status);
        await Eventually.True(() => Task.FromResult(FailingViewStorage.WritesOf(customer.GetGrainId()) > writesBeforeClose), "the activation stored the close", Within);

        // Started from storage alone once more (collected, and the complaint's reads refused), the view knows it closed.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        FailingViewStorage.FailingReads = "complaint";
        try
        {
            var view = await customer.Get();
            Assert.Equal(0, view.OpenComplaints);
            Assert.Equal(ComplaintStatus.Closed, Assert.Single(view.Complaints).Status);
        }
        finally
        {
            FailingViewStorage.FailingReads = null;
        }
    }

    [Fact]
    public async Task AStepTheViewDoesNotStore_StillReachesTheRiskBoard()
    {
        var grains = fixture.Grains;
        var customerId = NewCustomer();
        var (complaint, _) = await FileAsync(grains, Filing(customerId, key: "risk-board"));
        await Eventually.True(async () => await OpenOnTheBoard(customerId) == 1, "the filing reached the risk board", Within);

        await complaint.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await complaint.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Billed correctly."));
        await complaint.Close(new CloseComplaint("agent-1", null, null, null));

        // The close is acknowledged without a write, and nothing else happens to this customer: only the view's own
        // tick can take it to the board.
        await Eventually.True(async () => await OpenOnTheBoard(customerId) == 0, "the close reached the risk board", Within);
    }

    [Fact]
    public async Task ComplaintCannotAnswerWhenTheViewActivates_TheViewAnswersWithWhatItStored_AndCatchesUpOnceItCan()
    {
        var grains = fixture.Grains;
        var customerId = NewCustomer();
        var customer = grains.GetGrain<ICustomerGrain>(customerId);
        var (complaint, _) = await FileAsync(grains, Filing(customerId, key: "cannot-answer"));
        await Eventually.True(() => Task.FromResult(FailingViewStorage.WritesOf(customer.GetGrainId()) >= 1), "the customer stored the filing", Within);
        var since = Now();
        await complaint.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await CheckpointTickAfter(customerId, since);

        // Both collected; the complaint cannot activate while the view does, so the view cannot ask it.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var readsRefusedBefore = FailingViewStorage.ReadsRefused;
        FailingViewStorage.FailingReads = "complaint";
        try
        {
            var stale = await customer.Get();
            Assert.Equal(ComplaintStatus.Received, Assert.Single(stale.Complaints).Status);
            Assert.True(FailingViewStorage.ReadsRefused > readsRefusedBefore, "the view asked the complaint");
        }
        finally
        {
            FailingViewStorage.FailingReads = null;
        }

        await Eventually.True(async () => (await customer.Get()).Complaints.Single().Status == ComplaintStatus.Acknowledged,
            "the view asked again and caught up", Within);
    }

    /// <summary>
    /// Waits for the customer view's first checkpoint tick after a step taken at <paramref name="since"/> or later. A tick
    /// stores what the view must store, then publishes the customer's risk, scored when the view applied the step, on
    /// its way to the risk board: once the board shows a risk scored since then, any write the step causes has landed.
    /// </summary>
    private Task CheckpointTickAfter(string customerId, DateTimeOffset since) =>
        Eventually.True(async () => (await OnTheBoard(customerId))?.ComputedAt >= since,
            "the customer view's checkpoint tick after the step published its risk", Within);

    private async Task<int?> OpenOnTheBoard(string customerId) => (await OnTheBoard(customerId))?.OpenComplaints;

    private async Task<CustomerRiskEntry?> OnTheBoard(string customerId)
    {
        var board = await fixture.Grains.GetGrain<IRiskBoardGrain>(0).GetIfChanged(-1);
        return board?.Customers.FirstOrDefault(c => c.CustomerId == customerId);
    }

    private static DateTimeOffset Now() => TimeProvider.System.GetUtcNow();
}
