using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

/// <summary>Closed complaints' texts erased once closed longer than the retention period, on the fake clock.</summary>
[Collection(RetentionCollection.Name)]
public sealed class RetentionGrainTests(RetentionClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly IGrainFactory _grains = fixture.Grains;

    private IReminderTable ReminderTable =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IReminderTable>();

    private static TickStatus Tick => new(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch);

    [Fact]
    public async Task A_closed_complaints_reminder_is_aimed_at_its_retention_point_and_its_tick_there_erases_and_removes_it()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), reference: "ORD-8101"));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await grain.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "It is on schedule."));
        await grain.Close(new CloseComplaint("agent-1", null, null, null));

        // The tick at the old escalation point finds nothing due and re-aims at the retention point, not away.
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", Tick);
        var aimed = await ReminderTable.ReadRow(grain.GetGrainId(), "escalation");
        Assert.NotNull(aimed);
        var realDueIn = aimed.StartAt - TimeProvider.System.GetUtcNow().UtcDateTime;
        Assert.InRange(realDueIn, RetentionClusterFixture.ClosedTextsAfter - TimeSpan.FromMinutes(1), RetentionClusterFixture.ClosedTextsAfter);
        Assert.Equal("ORD-8101", (await grain.Get()).Reference);

        fixture.Clock.Advance(RetentionClusterFixture.ClosedTextsAfter);
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", Tick);

        var erased = await grain.Get();
        Assert.Equal((ErasedText.Marker, ComplaintEventKind.PersonalDataErased), (erased.Reference, erased.Timeline[^1].Kind));
        Assert.Null(await ReminderTable.ReadRow(grain.GetGrainId(), "escalation"));
    }

    [Fact]
    public async Task A_closed_complaint_keeps_its_texts_until_the_period_is_over_then_the_system_erases_them_once()
    {
        var customerId = NewCustomer();
        var (grain, filed) = await FileAsync(_grains, Filing(customerId, reference: "ORD-8001"));
        var (open, _) = await FileAsync(_grains, Filing(customerId, reference: "ORD-8002"));
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "We are on it."));
        await grain.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "It was delivered on time."));
        var closed = await grain.Close(new CloseComplaint("lead-1", null, null, null));
        var closedAt = closed.Timeline[^1].At;

        fixture.Clock.Advance(RetentionClusterFixture.ClosedTextsAfter - TimeSpan.FromMinutes(1));
        Assert.Equal("ORD-8001", (await grain.CheckDeadlines()).Reference);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        // The reminder aimed at the retention point fires on Orleans' real clock; the check it runs is this one.
        var erased = await grain.CheckDeadlines();

        Assert.Equal((ErasedText.Marker, ErasedText.Marker), (erased.Description, erased.Reference));
        Assert.Equal(ErasedText.Marker, erased.Classification!.Explanation);
        var entry = erased.Timeline[^1];
        Assert.Equal((ComplaintEventKind.PersonalDataErased, ReservedActors.System, closedAt + RetentionClusterFixture.ClosedTextsAfter),
            (entry.Kind, entry.Actor, entry.At));
        Assert.Equal(erased.Sequence, (await grain.CheckDeadlines()).Sequence);
        // Its open sibling is not due: retention counts from a close.
        Assert.Equal("ORD-8002", (await open.CheckDeadlines()).Reference);
        await Eventually.Value(() => _grains.GetGrain<ICustomerGrain>(customerId).Get(),
            v => v.Complaints.Single(c => c.ComplaintId == filed.Id).Reference == ErasedText.Marker, "the customer view blanked it", Deadline, Poll);
    }
}
