using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Many callers acting on one complaint at once: every update lands once, in order, and a race with close is a clear refusal.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcurrentActionGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ManyCallersAtOnce_EveryUpdateLandsOnceWithConsecutiveSequenceNumbers()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        var investigating = await ToInvestigatingAsync(grain);
        const int Callers = 50;

        // Separate references per caller, as separate integrations would hold.
        var updates = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i =>
            Task.Run(() => _grains.GetGrain<IComplaintGrain>(investigating.Id).InformCustomer(new InformCustomer($"agent-{i}", $"Update {i}.")))));

        var view = await grain.Get();
        var informed = view.Timeline.Where(t => t.Kind == ComplaintEventKind.CustomerInformed).ToArray();
        Assert.Equal(Callers, informed.Length);
        Assert.Equal(Enumerable.Range(0, Callers).Select(i => $"agent-{i}").Order(), informed.Select(t => t.Actor).Order());
        Assert.Equal(Enumerable.Range(1, view.Timeline.Count).Select(i => (long)i), view.Timeline.Select(t => t.Sequence));
        // Each caller saw its own update applied: its answer already holds its own entry.
        Assert.All(updates, u => Assert.Contains(u.Timeline, t => t.Kind == ComplaintEventKind.CustomerInformed));
        Assert.Equal(ComplaintStatus.Investigating, view.Status);
    }

    [Fact]
    public async Task ActionsRacingClose_LandBeforeItOrAreRefusedAsIllegal_AndNothingFollowsTheClose()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await ToInvestigatingAsync(grain);
        await grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier left it outside.", "courier-partner", null));
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 20m, "Refund the order."));
        await grain.StartImplementation(new StartImplementation("agent-7"));
        await grain.Resolve(new ResolveComplaint("agent-7", "Refunded."));
        var id = grain.GetPrimaryKeyString();

        var close = Task.Run(() => _grains.GetGrain<IComplaintGrain>(id).Close(Evaluation()));
        var informs = Enumerable.Range(0, 30)
            .Select(i => Task.Run(async () =>
            {
                try
                {
                    await _grains.GetGrain<IComplaintGrain>(id).InformCustomer(new InformCustomer($"agent-{i}", "One more thing."));
                    return (string?)null;
                }
                catch (ComplaintGridException refused)
                {
                    return refused.Code;
                }
            }))
            .ToArray();
        var closed = await close;
        var outcomes = await Task.WhenAll(informs);

        Assert.Equal(ComplaintStatus.Closed, closed.Status);
        Assert.All(outcomes.Where(o => o is not null), code => Assert.Equal(ErrorCodes.IllegalTransition, code));
        var view = await grain.Get();
        var landed = outcomes.Count(o => o is null);
        Assert.Equal(landed, view.Timeline.Count(t => t.Kind == ComplaintEventKind.CustomerInformed));
        Assert.Equal(ComplaintEventKind.Closed, view.Timeline[^1].Kind);
        Assert.Equal(Enumerable.Range(1, view.Timeline.Count).Select(i => (long)i), view.Timeline.Select(t => t.Sequence));
    }
}
