using System.Text.Json;
using ComplaintGrid.Domain.Queues;

namespace ComplaintGrid.Tests.Domain.Queues;

/// <summary>
/// A complaint may tell a department to forget it while its stored outbox still holds events for that department,
/// but only events <see cref="DepartmentQueue.HarmlessAfterRelease"/> allows: redelivered after the release, each must
/// leave the department's view as it was. Checked against every event of a lifecycle that crosses two departments.
/// </summary>
public sealed class RedeliveryAfterReleaseTests
{
    private readonly QueueHarness _q = new();

    [Fact]
    public void EveryEventCalledHarmless_RedeliveredAfterRelease_LeavesTheViewAsItWas()
    {
        var c = Travelled();
        var last = c.Events[^1].Sequence;
        var checkedHarmless = 0;

        foreach (var (name, queue, view) in Departments())
        {
            Assert.True(queue.Release(c.Id, last), $"{name} could not release the complaint");
            foreach (var e in c.Events.Where(e => DepartmentQueue.HarmlessAfterRelease(e, name)))
            {
                var before = Json(view());

                Assert.False(queue.Apply([e], _q.Now), $"{e.Kind} (#{e.Sequence}) redelivered to {name} after its release was applied");

                Assert.True(before == Json(view()), $"{e.Kind} (#{e.Sequence}) redelivered to {name} after its release changed its view");
                Assert.False(queue.State.LastSequence.ContainsKey(c.Id), $"{e.Kind} (#{e.Sequence}) made {name} remember the complaint again");
                Assert.False(queue.State.Departed.ContainsKey(c.Id), $"{e.Kind} (#{e.Sequence}) made {name} remember the departure again");
                Assert.Equal(e.Sequence, queue.Held(c.Id, [e]));
                checkedHarmless++;
            }
        }

        // The close is the event a closed complaint leaves in its stored outbox when it releases its department.
        Assert.True(DepartmentQueue.HarmlessAfterRelease(c.Events[^1], "finance"));
        Assert.Equal(ComplaintEventKind.Closed, c.Events[^1].Kind);
        Assert.True(checkedHarmless >= 9, $"only {checkedHarmless} events were checked");
    }

    [Fact]
    public void AHandOff_RedeliveredAfterRelease_WouldCountAgain_SoItIsNotHarmless()
    {
        var c = Travelled();
        var handOff = c.Events.Single(e => e.Kind == ComplaintEventKind.HandedOff);
        Assert.Equal(1, _q.LogisticsView.HandOffsOut);

        Assert.False(DepartmentQueue.HarmlessAfterRelease(handOff, "logistics"));
        Assert.True(_q.Logistics.Release(c.Id, c.Events[^1].Sequence));
        _q.Logistics.Apply([handOff], _q.Now);

        // What the complaint's write before a release prevents (OutboxDelivery stores an outbox without it first).
        Assert.Equal(2, _q.LogisticsView.HandOffsOut);
        Assert.Equal(handOff.Sequence, _q.Logistics.State.LastSequence[c.Id]);
    }

    [Fact]
    public void TheClose_RedeliveredAfterRelease_IsNotRemembered_AndIsAnsweredAsHeld()
    {
        var c = Travelled();
        var close = c.Events[^1];
        Assert.True(_q.Finance.Release(c.Id, close.Sequence));
        var before = Json(_q.FinanceView);

        var changed = _q.Finance.Apply([close], _q.Now);

        Assert.False(changed);
        Assert.Equal(before, Json(_q.FinanceView));
        Assert.DoesNotContain(c.Id, _q.Finance.State.LastSequence.Keys);
        Assert.DoesNotContain(c.Id, _q.Finance.State.Departed.Keys);
        // Answered as held, so the complaint's outbox lets it go instead of redelivering it on every retry.
        Assert.Equal(close.Sequence, _q.Finance.Held(c.Id, [close]));
    }

    [Fact]
    public void AComplaintNotHeld_AnEventThatOpensItHere_IsAppliedAndRemembered()
    {
        var c = _q.Step(_q.Filed(), d => { d.Acknowledge(); d.Assess(); d.Route(); d.HandOff("finance"); });
        Assert.True(_q.Logistics.Release(c.Id, c.Events[^1].Sequence));

        var back = c.HandOff("logistics");
        Assert.True(_q.Logistics.Apply(back, _q.Now));

        Assert.Equal(back[^1].Sequence, _q.Logistics.State.LastSequence[c.Id]);
        Assert.Equal(back[^1].Sequence, _q.Logistics.Held(c.Id, back));
        Assert.Equal(1, _q.LogisticsView.Open);
    }

    [Fact]
    public void AComplaintHeld_AnOlderRedelivery_IsIgnored_AndAnsweredWithWhatIsHeld()
    {
        var c = _q.Step(_q.Filed(), d => { d.Acknowledge(); d.Assess(); });
        var held = c.Events[^1].Sequence;
        var before = Json(_q.LogisticsView);

        Assert.False(_q.Logistics.Apply([c.Events[0]], _q.Now));

        Assert.Equal(before, Json(_q.LogisticsView));
        Assert.Equal(held, _q.Logistics.Held(c.Id, [c.Events[0]]));
    }

    [Fact]
    public void AnEventOfAComplaintOpenInTheDepartment_IsNotHarmless_ThereButIsElsewhere()
    {
        var c = _q.Step(_q.Filed(), d => { d.Acknowledge(); d.Assess(); });
        var routed = _q.Step(c, d => d.Route()).Events[^1];

        Assert.Equal(ComplaintEventKind.Routed, routed.Kind);
        Assert.False(DepartmentQueue.HarmlessAfterRelease(routed, "logistics"));
        Assert.True(DepartmentQueue.HarmlessAfterRelease(routed, "finance"));
    }

    /// <summary>Filed in logistics, handed to finance, resolved and closed there; every event delivered to both.</summary>
    private ComplaintDriver Travelled() => _q.Step(_q.Filed(), c =>
    {
        c.Acknowledge();
        c.Assess();
        c.Route();
        c.HandOff("finance");
        c.StartInvestigation();
        c.RecordInvestigation();
        c.ProposeRemedy();
        c.StartImplementation();
        c.InformCustomer();
        c.Resolve();
        c.RecordFeedback(true);
        c.Close();
    });

    private IEnumerable<(string Name, DepartmentQueue Queue, Func<DepartmentView> View)> Departments()
    {
        yield return ("logistics", _q.Logistics, () => _q.LogisticsView);
        yield return ("finance", _q.Finance, () => _q.FinanceView);
    }

    private static string Json(DepartmentView view) => JsonSerializer.Serialize(view);
}
