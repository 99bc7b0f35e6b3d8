using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class EscalationGrainTests(ClusterFixture fixture)
{
    private static readonly EscalationLevel[] Ladder = [EscalationLevel.AtRisk, EscalationLevel.Breached, EscalationLevel.Level3, EscalationLevel.Level4];
    private static readonly double[] Shares = [0.75, 1.0, 1.5, 2.0];

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task FirstResponseClock_PassingEachThreshold_EscalatesComplaintDepartmentAndCustomer()
    {
        var customer = NewCustomer();
        var (grain, filed) = await FileAsync(_grains, Filing(customer, Category.Delivery, Severity.High));
        var department = _grains.GetGrain<IDepartmentGrain>("logistics");
        var before = await department.Get();
        var scoreBefore = (await _grains.GetGrain<ICustomerGrain>(customer).Get()).Risk.Score;
        var allowance = TimeSpan.FromHours(1);

        var elapsed = TimeSpan.Zero;
        for (var i = 0; i < Ladder.Length; i++)
        {
            var target = allowance * Shares[i];
            fixture.Clock.Advance(target - TimeSpan.FromSeconds(1) - elapsed);
            var justBefore = await grain.CheckDeadlines();
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            elapsed = target;
            var view = await grain.CheckDeadlines();

            Assert.Equal(i == 0 ? EscalationLevel.None : Ladder[i - 1], justBefore.EscalationLevel);
            Assert.Equal(Ladder[i], view.EscalationLevel);
            Assert.Equal(Ladder[i], view.Clocks.Single(c => c.Kind == ClockKind.FirstResponse).Level);
            var record = view.Escalations[^1];
            Assert.Equal((ClockKind?)ClockKind.FirstResponse, record.Clock);
            Assert.Equal(Ladder[i], record.Level);
            Assert.Equal("logistics", record.DepartmentId);
            Assert.Equal(ComplaintEventKind.Escalated, view.Timeline[^1].Kind);
        }

        var final = await grain.Get();
        var after = await department.Get();
        var summary = (await department.ListOpen()).Single(c => c.ComplaintId == filed.Id);
        var customerView = await _grains.GetGrain<ICustomerGrain>(customer).Get();
        Assert.Equal(4, final.Escalations.Count);
        Assert.Equal(Severity.Critical, final.Priority); // High raised one step at the breach
        Assert.Equal(EscalationLevel.Level4, summary.FirstResponseLevel);
        Assert.Equal(before.Breached + 1, after.Breached);
        Assert.Equal(1, customerView.Breaches);
        Assert.True(customerView.Risk.Score > scoreBefore, $"score {customerView.Risk.Score} should exceed {scoreBefore}");
        Assert.Contains(customerView.Risk.TopFactors, f => f.Name == "breaches");
    }

    [Fact]
    public async Task CustomerUpdateClock_PassingEachThreshold_AttributesEachLevelToTheOwnerAtTheTime()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.Delivery, Severity.Critical));
        await ToInvestigatingAsync(grain, owner: "agent-7");
        var allowance = TimeSpan.FromHours(4);

        var elapsed = TimeSpan.Zero;
        for (var i = 0; i < Ladder.Length; i++)
        {
            if (i == 2)
                await grain.HandOff(new HandOffComplaint("lead-1", "customer-service", "Needs a goodwill call."));
            var target = allowance * Shares[i];
            fixture.Clock.Advance(target - elapsed);
            elapsed = target;
            var view = await grain.CheckDeadlines();
            Assert.Equal(Ladder[i], view.Clocks.Single(c => c.Kind == ClockKind.CustomerUpdate).Level);
        }

        var escalations = (await grain.Get()).Escalations.Where(e => e.Clock == ClockKind.CustomerUpdate).ToArray();
        Assert.Equal(Ladder, escalations.Select(e => e.Level));
        Assert.All(escalations[..2], e => Assert.Equal(("logistics", "agent-7"), (e.DepartmentId, e.OwnerAgentId)));
        Assert.All(escalations[2..], e => Assert.Equal(("customer-service", (string?)null), (e.DepartmentId, e.OwnerAgentId)));
        var id = (await grain.Get()).Id;
        var queue = await _grains.GetGrain<IDepartmentGrain>("customer-service").ListOpen();
        Assert.Equal(EscalationLevel.Level4, queue.Single(c => c.ComplaintId == id).CustomerUpdateLevel);
    }

    [Fact]
    public async Task ResolutionClock_PassingEachThreshold_EscalatesWhileTheCustomerIsKeptInformed()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.Billing, Severity.Critical));
        await ToInvestigatingAsync(grain);
        var allowance = TimeSpan.FromHours(24);
        var step = TimeSpan.FromHours(2); // inside the 4 h update allowance's at-risk point

        var elapsed = TimeSpan.Zero;
        var seen = new List<EscalationLevel>();
        while (elapsed < allowance * 2)
        {
            fixture.Clock.Advance(step);
            elapsed += step;
            var view = await grain.InformCustomer(new InformCustomer("agent-7", "Still on it."));
            var level = view.Clocks.Single(c => c.Kind == ClockKind.Resolution).Level;
            if (seen.Count == 0 || seen[^1] != level)
                seen.Add(level);
            Assert.Equal(EscalationLevel.None, view.Clocks.Single(c => c.Kind == ClockKind.CustomerUpdate).Level);
        }

        Assert.Equal([EscalationLevel.None, .. Ladder], seen);
        var final = await grain.Get();
        Assert.Equal(1, final.Escalations.Count(e => e.Level == EscalationLevel.Breached));
        Assert.Equal(Ladder, final.Escalations.Where(e => e.Clock == ClockKind.Resolution).Select(e => e.Level));
    }

    [Fact]
    public async Task RequestEscalation_RaisesTheLevelOneStepWithoutAClock()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));

        var view = await grain.RequestEscalation(new RequestEscalation("customer", "Third call about this."));

        Assert.Equal(EscalationLevel.AtRisk, view.EscalationLevel);
        Assert.Null(view.Escalations.Single().Clock);
        Assert.Equal(ComplaintEventKind.EscalationRequested, view.Timeline[^1].Kind);
    }
}
