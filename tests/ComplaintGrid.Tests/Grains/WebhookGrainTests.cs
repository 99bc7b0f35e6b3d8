using System.Diagnostics;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Webhooks through the real outbox and queue grains to a subscriber on loopback (<see cref="ClusterFixture.Webhooks"/>).</summary>
[Collection(ClusterCollection.Name)]
public sealed class WebhookGrainTests(ClusterFixture fixture)
{
    /// <summary>Generous: retries take well under a second here; the deadline only bounds a broken run.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly IGrainFactory _grains = fixture.Grains;
    private readonly LoopbackWebhookReceiver _receiver = fixture.Webhooks;

    [Fact]
    public async Task Subscribed_events_arrive_signed_once_each_in_sequence_order_even_when_an_earlier_one_failed()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.High));
        // The acknowledgement is the complaint's second event; its first three attempts fail.
        _receiver.FailFirst($"crm:{filed.Id}:2", 3);

        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "a refund", [UnderlyingWant.ToBeKeptInformed], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        await grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier left the parcel outside.", "courier-partner", null));
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 49.90m, "Refund the order."));
        await grain.StartImplementation(new StartImplementation("agent-7"));
        await grain.Resolve(new ResolveComplaint("agent-7", "Your refund is on its way."));
        await grain.RecordFeedback(new RecordFeedback(true, "Thanks"));
        var closed = await grain.Close(Evaluation());
        var expected = closed.Timeline.Where(t => ClusterFixture.WebhookEvents.Contains(t.Kind)).Select(t => (t.Sequence, t.Kind.ToString())).ToArray();
        Assert.Equal(["Acknowledged", "Resolved", "Closed"], expected.Select(e => e.Item2));

        var accepted = await Eventually.Value(() => _receiver.For(filed.Id).Where(a => a.Accepted).ToArray(), a => a.Length >= expected.Length,
            "the subscriber accepted every event", Deadline, Poll);

        Assert.Equal(expected, accepted.Select(a => (a.Sequence, a.Kind)));
        var attempts = _receiver.For(filed.Id);
        Assert.All(attempts, a => Assert.True(a.SignatureValid, $"signature of {a.DeliveryId}"));
        Assert.All(attempts, a => Assert.Equal(("crm", filed.Id), (a.Subscription, a.SummaryComplaintId)));
        // Three failures, then success; nothing later was attempted before the failed delivery got through.
        Assert.Equal([500, 500, 500, 204], attempts.Where(a => a.Sequence == 2).Select(a => a.Status));
        Assert.Equal(attempts.Select(a => a.Sequence).Order(), attempts.Select(a => a.Sequence));
    }

    [Fact]
    public async Task Escalations_are_sent_and_unsubscribed_kinds_are_not()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.High));
        await grain.RequestEscalation(new RequestEscalation("customer", "Nobody called me back."));
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var checkedView = await grain.CheckDeadlines();
        var escalations = checkedView.Timeline.Where(t => t.Kind == ComplaintEventKind.Escalated).Select(t => t.Sequence).ToArray();
        Assert.NotEmpty(escalations);

        var accepted = await Eventually.Value(() => _receiver.For(filed.Id).Where(a => a.Accepted).ToArray(), a => a.Length >= escalations.Length,
            "the subscriber accepted every escalation", Deadline, Poll);

        Assert.Equal(escalations, accepted.Select(a => a.Sequence));
        Assert.All(accepted, a => Assert.Equal("Escalated", a.Kind));
        // Filed and EscalationRequested come first and are not subscribed: had they been queued, order per complaint
        // would have sent them before the escalations that have arrived.
        Assert.DoesNotContain(_receiver.For(filed.Id), a => a.Kind is "Filed" or "EscalationRequested");
        Assert.Contains(checkedView.Timeline, t => t.Kind == ComplaintEventKind.EscalationRequested);
    }

    [Fact]
    public async Task A_hanging_subscriber_does_not_slow_the_complaints_own_commands()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer()));
        _receiver.Hang(filed.Id);
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        // The subscriber now holds a delivery open.
        await Eventually.Value(() => _receiver.For(filed.Id), a => a.Count > 0, "the first delivery reached the subscriber", Deadline, Poll);

        var timer = Stopwatch.StartNew();
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "a refund", [UnderlyingWant.ToBeKeptInformed], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        await grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier left the parcel outside.", "courier-partner", null));
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 49.90m, "Refund the order."));
        await grain.StartImplementation(new StartImplementation("agent-7"));
        var resolved = await grain.Resolve(new ResolveComplaint("agent-7", "Your refund is on its way."));
        timer.Stop();

        Assert.Equal(ComplaintStatus.Resolved, resolved.Status);
        // Seven commands while each attempt hangs until the 1 s send timeout: prompt means well under one timeout each.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(2), $"seven commands took {timer.Elapsed}");
        Assert.DoesNotContain(_receiver.For(filed.Id), a => a.Accepted);
        Assert.DoesNotContain(_receiver.For(filed.Id), a => a.Kind == "Resolved"); // still behind the hanging acknowledgement
    }
}
