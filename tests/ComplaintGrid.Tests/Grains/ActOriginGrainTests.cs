using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Every timeline entry says which door its act came through, from the origin the caller's request context carries.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ActOriginGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task CallWithoutOrigin_IsRecordedAsClusterClient()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer()));
        var acknowledged = await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));

        Assert.Equal(ActOrigin.ClusterClient, filed.Timeline[0].Via);
        Assert.Equal(ActOrigin.ClusterClient, acknowledged.Timeline[^1].Via);
    }

    [Fact]
    public async Task CallsInsideAnOriginScope_CarryIt_AndTheScopeEnds()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        ComplaintView viaKey;
        using (ActContext.Enter(ActOrigin.ApiKey("crm")))
            viaKey = await grain.Acknowledge(new AcknowledgeComplaint("agent-ana", "We are on it."));
        var after = await grain.InformCustomer(new InformCustomer("agent-ana", "Still looking."));

        Assert.Equal(new TimelineEntry(viaKey.Timeline[^1].Sequence, viaKey.Timeline[^1].At, "agent-ana", ComplaintEventKind.Acknowledged,
            "We are on it.", true, ActOrigin.ApiKey("crm")), viaKey.Timeline[^1]);
        Assert.Equal("agent-ana via crm", viaKey.Timeline[^1].Via!.Describe(viaKey.Timeline[^1].Actor));
        Assert.Equal(ActOrigin.ClusterClient, after.Timeline[^1].Via);
    }

    [Fact]
    public async Task Escalations_AreTheSystems_WhoeverAskedForTheCheck()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), Category.Delivery, Severity.High));
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        ComplaintView checkedView;
        using (ActContext.Enter(ActOrigin.User("basic")))
            checkedView = await grain.CheckDeadlines();

        var escalations = checkedView.Timeline.Where(t => t.Kind == ComplaintEventKind.Escalated).ToArray();
        Assert.NotEmpty(escalations);
        Assert.All(escalations, e => Assert.Equal((ReservedActors.System, ActOrigin.System), (e.Actor, e.Via)));
    }
}
