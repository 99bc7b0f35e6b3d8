using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.EscalationClusterFixture;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A hold that runs out resumes the complaint by itself, from the reminder aimed at the hold's end, and the escalation board
/// and the escalation webhook say so with whom they told; clock escalations carry their configured recipients too.
/// </summary>
[Collection(EscalationCollection.Name)]
public sealed class HoldLimitGrainTests(EscalationClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TickStatus Tick = new(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch);

    private readonly IGrainFactory _grains = fixture.Grains;

    private IReminderTable ReminderTable =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IReminderTable>();

    private static EscalationContact[] Recipients(ReceivedWebhook delivery)
    {
        using var body = JsonDocument.Parse(delivery.Body!);
        return body.RootElement.GetProperty("recipients").Deserialize<EscalationContact[]>(ComplaintGridJson.Options)!;
    }

    [Fact]
    public async Task A_held_complaint_resumes_by_itself_at_its_limit_and_the_board_and_the_webhook_show_hold_expired()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer()));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, "a refund", [], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        var held = await grain.PutOnHold(new PutOnHold("agent-1", "Waiting for photos."));

        // The reminder moves from the first-response point to the hold's end, the next thing due: it survives a restart.
        Assert.Equal(fixture.Clock.GetUtcNow() + MediumHold, held.HoldExpiresAt);
        var aimed = await ReminderTable.ReadRow(grain.GetGrainId(), "escalation");
        Assert.NotNull(aimed);
        Assert.InRange(aimed.StartAt - TimeProvider.System.GetUtcNow().UtcDateTime, MediumHold - TimeSpan.FromMinutes(1), MediumHold);

        // Two seconds before the end, a tick re-aims the real reminder two seconds out; then the fake clock passes the end.
        fixture.Clock.Advance(MediumHold - TimeSpan.FromSeconds(2));
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", Tick);
        Assert.Equal(ComplaintStatus.OnHold, (await grain.Get()).Status);
        fixture.Clock.Advance(TimeSpan.FromSeconds(3));

        // Orleans' reminder runs on real time: wait for it, bounded. No call resumes the complaint.
        var resumed = await Eventually.Value(() => grain.Get(), v => v.Status != ComplaintStatus.OnHold, "the hold ran out", Deadline, Poll);
        Assert.Equal(ComplaintStatus.Assigned, resumed.Status);
        Assert.Null(resumed.HoldExpiresAt);
        Assert.Equal(ClockState.Running, resumed.Clocks.Single(c => c.Kind == ClockKind.Resolution).State);
        var entry = Assert.Single(resumed.Timeline, t => t.Kind == ComplaintEventKind.HoldExpired);
        Assert.Equal((ReservedActors.System, ActOrigin.System), (entry.Actor, entry.Via));
        Assert.StartsWith("Hold expired after 10 minutes", entry.Detail, StringComparison.Ordinal);

        var board = await Eventually.Value(() => _grains.GetGrain<IEscalationBoardGrain>(0).GetIfChanged(-1),
            b => b!.Entries.Any(e => e.ComplaintId == resumed.Id), "the board shows the expired hold", Deadline, Poll);
        var onBoard = board!.Entries.Single(e => e.ComplaintId == resumed.Id);
        Assert.Equal(ComplaintEventKind.HoldExpired, onBoard.Kind);
        Assert.Null(onBoard.Clock);
        Assert.Equal("logistics", onBoard.DepartmentId);
        Assert.Equal(new[] { DayLead }, onBoard.Recipients);

        var delivery = await Eventually.Value(() => fixture.Webhooks.For(resumed.Id).FirstOrDefault(a => a.Accepted),
            a => a is not null, "the chat webhook got the expiry", Deadline, Poll);
        Assert.Equal(("HoldExpired", true), (delivery!.Kind, delivery.SignatureValid));
        Assert.Equal(new[] { DayLead }, Recipients(delivery));
    }

    [Fact]
    public async Task A_clock_escalation_and_a_customers_request_post_their_configured_recipients_to_the_webhook()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer()));
        // Three quarters of a Medium complaint's four hours to first response: at risk. A fixture clock shared by tests
        // only moves forward, so the day shift is on until the fixture's clock passes 20:00.
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var checkedView = await grain.CheckDeadlines();
        await grain.RequestEscalation(new RequestEscalation(filed.CustomerId, "Nobody called me back."));

        var atRisk = Assert.Single(checkedView.Escalations);
        var onShift = fixture.Clock.GetUtcNow().UtcDateTime.Hour is >= 8 and < 20 ? DayLead : NightLead;
        Assert.Equal(new[] { onShift }, atRisk.Recipients);
        // The at-risk escalation and the request come first; the fixture's durable reminder may add a later clock escalation.
        var deliveries = await Eventually.Value(
            () => fixture.Webhooks.For(filed.Id).Where(a => a.Accepted).OrderBy(d => d.Sequence).ToArray(),
            a => a.Any(d => d.Kind == "Escalated") && a.Any(d => d.Kind == "EscalationRequested"), "both escalations were posted", Deadline, Poll);
        Assert.Equal(["Escalated", "EscalationRequested"], deliveries.Take(2).Select(d => d.Kind));
        Assert.Equal(new[] { onShift }, Recipients(deliveries.First(d => d.Kind == "Escalated")));
        // The request lifts the complaint to Breached: the default department head, as logistics names nobody of its own there.
        Assert.Equal(new[] { DepartmentHead }, Recipients(deliveries.Single(d => d.Kind == "EscalationRequested")));
    }
}
