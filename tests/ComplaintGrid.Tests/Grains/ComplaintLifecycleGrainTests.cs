using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class ComplaintLifecycleGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task FullLifecycle_FromFilingToClosing_ClosesResolvedWithEvaluationAndTimeline()
    {
        var customer = NewCustomer();
        var (grain, filed) = await FileAsync(_grains, Filing(customer, Category.Delivery, Severity.High));
        Assert.Equal(ComplaintStatus.Received, filed.Status);
        Assert.Equal("logistics", filed.DepartmentId);

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "Sorry, we are looking into it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "refund", [UnderlyingWant.ToBeKeptInformed], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        await grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier left it outside.", "courier-partner", null));
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 49.90m, "Refund the order."));
        await grain.StartImplementation(new StartImplementation("agent-7"));
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await grain.Resolve(new ResolveComplaint("agent-7", "Your refund is on its way."));
        await grain.RecordFeedback(new RecordFeedback(true, "Thanks"));
        var closed = await grain.Close(Evaluation());

        Assert.Equal(ComplaintStatus.Closed, closed.Status);
        Assert.Equal(CloseOutcome.Resolved, closed.Outcome);
        Assert.Equal("Couriers must get a signature.", closed.Evaluation!.Lessons);
        Assert.Equal("agent-7", closed.OwnerAgentId);
        Assert.Equal(
            [
                ComplaintEventKind.Filed, ComplaintEventKind.Acknowledged, ComplaintEventKind.Assessed, ComplaintEventKind.Routed,
                ComplaintEventKind.InvestigationStarted, ComplaintEventKind.InvestigationRecorded, ComplaintEventKind.RemedyProposed,
                ComplaintEventKind.ImplementationStarted, ComplaintEventKind.Resolved, ComplaintEventKind.FeedbackRecorded, ComplaintEventKind.Closed,
            ],
            closed.Timeline.Select(t => t.Kind));
        Assert.Equal(Enumerable.Range(1, 11).Select(i => (long)i), closed.Timeline.Select(t => t.Sequence));
        Assert.All(closed.Clocks, c => Assert.Equal(ClockState.Stopped, c.State));
        Assert.True(closed.Clocks.Single(c => c.Kind == ClockKind.FirstResponse).Met);
        Assert.Null(closed.NextEscalationAt);

        var customerView = await _grains.GetGrain<ICustomerGrain>(customer).Get();
        Assert.Equal(1, customerView.TotalComplaints);
        Assert.Equal(0, customerView.OpenComplaints);
        Assert.Equal(ComplaintStatus.Closed, customerView.Complaints.Single().Status);
        var queue = await _grains.GetGrain<IDepartmentGrain>("logistics").ListOpen();
        Assert.DoesNotContain(queue, c => c.ComplaintId == closed.Id);
    }

    [Fact]
    public async Task Assess_NotUpheld_ClosesWithExplanationAndNeverRoutes()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "Received."));
        var assessed = await grain.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [],
            "The delivery window on your order was 5 working days; it is on schedule."));

        var route = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.Route(new RouteComplaint("agent-1", null)));
        Assert.Equal(ErrorCodes.TransitionGuard, route.Code);
        var closed = await grain.Close(new CloseComplaint("agent-1", null, null, null));

        Assert.Equal(ComplaintStatus.Assessed, assessed.Status);
        Assert.Equal(CloseOutcome.NotUpheld, closed.Outcome);
        Assert.True(closed.Timeline.Single(t => t.Kind == ComplaintEventKind.Closed).CustomerFacing);
        Assert.Contains("5 working days", closed.Timeline.Single(t => t.Kind == ComplaintEventKind.Closed).Detail);
    }

    [Fact]
    public async Task RecordFeedback_NotSatisfied_ReopensWithEscalationAndRoutesAgain()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await ToInvestigatingAsync(grain);
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Apology, null, "Apologise."));
        await grain.StartImplementation(new StartImplementation("agent-7"));
        await grain.Resolve(new ResolveComplaint("agent-7", "We apologise."));

        var reopened = await grain.RecordFeedback(new RecordFeedback(false, "An apology is not a refund."));
        var rerouted = await grain.Route(new RouteComplaint("agent-1", "finance"));

        Assert.Equal(ComplaintStatus.Reopened, reopened.Status);
        Assert.Equal(1, reopened.ReopenCount);
        Assert.Equal(EscalationLevel.AtRisk, reopened.EscalationLevel);
        Assert.Equal(ClockState.Running, reopened.Clocks.Single(c => c.Kind == ClockKind.Resolution).State);
        Assert.Equal(ComplaintStatus.Assigned, rerouted.Status);
        Assert.Equal("finance", rerouted.DepartmentId);
        Assert.Equal(1, rerouted.HandOffCount);
        Assert.Contains(await _grains.GetGrain<IDepartmentGrain>("finance").ListOpen(), c => c.ComplaintId == rerouted.Id);
        Assert.DoesNotContain(await _grains.GetGrain<IDepartmentGrain>("logistics").ListOpen(), c => c.ComplaintId == rerouted.Id);
    }

    [Fact]
    public async Task PutOnHold_PausesClocksAndResumeReturnsToPreviousStatus()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.Critical));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var held = await grain.PutOnHold(new PutOnHold("agent-1", "Waiting for photos of the damage."));
        var elapsedAtHold = held.Clocks.Single(c => c.Kind == ClockKind.Resolution).Elapsed;

        // Long past a critical complaint's four-hour update allowance, inside its one-day longest hold.
        fixture.Clock.Advance(TimeSpan.FromHours(20));
        var stillHeld = await grain.CheckDeadlines();
        var resumed = await grain.Resume(new ResumeComplaint("agent-1"));

        Assert.Equal(ComplaintStatus.OnHold, held.Status);
        Assert.Equal(ComplaintStatus.Acknowledged, held.HeldFrom);
        Assert.All(held.Clocks.Where(c => c.Kind != ClockKind.FirstResponse), c => Assert.Equal(ClockState.Paused, c.State));
        Assert.Null(stillHeld.NextEscalationAt);
        Assert.Equal(EscalationLevel.None, stillHeld.EscalationLevel);
        Assert.Equal(ComplaintStatus.Acknowledged, resumed.Status);
        Assert.Equal(TimeSpan.FromHours(1), elapsedAtHold);
        Assert.Equal(elapsedAtHold, resumed.Clocks.Single(c => c.Kind == ClockKind.Resolution).Elapsed);
        Assert.NotNull(resumed.NextEscalationAt);
    }

    [Fact]
    public async Task HandOff_Twice_FlagsPingPongAndMovesTheQueue()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.Billing));
        await ToInvestigatingAsync(grain);

        var first = await grain.HandOff(new HandOffComplaint("lead-1", "logistics", "The charge is a delivery fee."));
        var second = await grain.HandOff(new HandOffComplaint("lead-2", "finance", "Delivery fees are billed by finance."));

        Assert.False(first.PingPong);
        Assert.True(second.PingPong);
        Assert.Equal(2, second.HandOffCount);
        Assert.Contains("Ping-pong", second.Timeline[^1].Detail);
        var finance = await _grains.GetGrain<IDepartmentGrain>("finance").ListOpen();
        Assert.True(finance.Single(c => c.ComplaintId == second.Id).PingPong);
        Assert.DoesNotContain(await _grains.GetGrain<IDepartmentGrain>("logistics").ListOpen(), c => c.ComplaintId == second.Id);
        var logistics = await _grains.GetGrain<IDepartmentGrain>("logistics").Get();
        Assert.True(logistics.HandOffsIn >= 1 && logistics.HandOffsOut >= 1);
    }

    [Fact]
    public async Task ProposeRemedy_AboveThreshold_NeedsSupervisorApproval()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await ToInvestigatingAsync(grain);

        var proposed = await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Compensation, 750m, "Compensate the lost day."));
        var skip = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.StartImplementation(new StartImplementation("agent-7")));
        var self = await Assert.ThrowsAsync<ComplaintGridException>(() => grain.ApproveRemedy(new ApproveRemedy("agent-7", null)));
        var approved = await grain.ApproveRemedy(new ApproveRemedy("supervisor-1", "Fair."));

        Assert.Equal(ComplaintStatus.AwaitingApproval, proposed.Status);
        Assert.True(proposed.Remedy!.RequiresApproval);
        Assert.Equal(ErrorCodes.IllegalTransition, skip.Code);
        Assert.Equal("supervisor", self.Errors[0].Field);
        Assert.Equal(ComplaintStatus.Implementing, approved.Status);
        Assert.Equal("supervisor-1", approved.Approval!.Supervisor);
    }

    [Fact]
    public async Task RejectRemedy_ReturnsToInvestigationForAnotherProposal()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.Critical));
        await ToInvestigatingAsync(grain);

        var proposed = await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Apology, null, "Apologise."));
        var rejected = await grain.RejectRemedy(new RejectRemedy("supervisor-1", "A critical complaint needs more than an apology."));
        var second = await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Exchange, null, "Replace the item."));

        Assert.Equal(ComplaintStatus.AwaitingApproval, proposed.Status);
        Assert.Equal(ComplaintStatus.Investigating, rejected.Status);
        Assert.False(rejected.Approval!.Approved);
        Assert.Equal(ComplaintStatus.AwaitingApproval, second.Status);
        Assert.Null(second.Approval);
    }

    [Fact]
    public async Task RecordInvestigation_ProductQuality_RequiresEightDAndVerificationToClose()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.ProductQuality, Severity.High));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.Value, null, [UnderlyingWant.RecurrenceGuarantee], null));
        var routed = await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", "qa-3"));

        var missing = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.RecordInvestigation(new RecordInvestigation("qa-3", "Cracked housing.", "supplier-x", null)));
        var eightD = new EightDReport("QA + supplier", "Housings crack in cold weather.", "Quarantined batch 42.", "Wrong resin grade.", "Resin spec changed.", null, null);
        await grain.RecordInvestigation(new RecordInvestigation("qa-3", "Wrong resin grade.", "supplier-x", eightD));
        await grain.ProposeRemedy(new ProposeRemedy("qa-3", RemedyKind.Exchange, null, "Replace with batch 43."));
        await grain.StartImplementation(new StartImplementation("qa-3"));
        await grain.Resolve(new ResolveComplaint("qa-3", "Your replacement is on its way."));
        var noVerification = await Assert.ThrowsAsync<ComplaintGridException>(() =>
            grain.Close(new CloseComplaint("lead-1", "Check resin certificates.", "Incoming inspection of resin.", null)));
        var closed = await grain.Close(new CloseComplaint("lead-1", "Check resin certificates.", "Incoming inspection of resin.", "Cold test on 50 units passed."));

        Assert.Equal("quality-assurance", routed.DepartmentId);
        Assert.Equal("eightD", missing.Errors[0].Field);
        Assert.Equal("verification", noVerification.Errors[0].Field);
        Assert.Equal("Cold test on 50 units passed.", closed.Investigation!.EightD!.Verification);
        Assert.Equal("Incoming inspection of resin.", closed.Investigation.EightD.Prevention);
    }

    [Fact]
    public async Task InformCustomer_RestartsTheCustomerUpdateClock()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.Low));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        fixture.Clock.Advance(TimeSpan.FromHours(30));

        var before = await grain.Get();
        var after = await grain.InformCustomer(new InformCustomer("agent-1", "Still investigating; expect news Friday."));

        Assert.Equal(TimeSpan.FromHours(30), before.Clocks.Single(c => c.Kind == ClockKind.CustomerUpdate).Elapsed);
        Assert.Equal(TimeSpan.Zero, after.Clocks.Single(c => c.Kind == ClockKind.CustomerUpdate).Elapsed);
        Assert.True(after.Timeline[^1].CustomerFacing);
    }
}
