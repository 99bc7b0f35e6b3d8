using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class ReminderGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private IReminderTable ReminderTable =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task File_AimsOneReminderAtTheNextEscalationPoint_LaterCommandsLeaveIt_AndItsTickAfterCloseRemovesIt()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.Critical));
        var entry = await ReminderTable.ReadRow(grain.GetGrainId(), "escalation");

        // Critical: first response in 15 min, at risk at 75% = 11 min 15 s after filing.
        Assert.Equal(filed.FiledAt + TimeSpan.FromSeconds(675), filed.NextEscalationAt);
        Assert.NotNull(entry);
        var realDueIn = entry.StartAt - TimeProvider.System.GetUtcNow().UtcDateTime;
        Assert.InRange(realDueIn, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(676));

        // Each command moves the next point later (or away): the reminder stays where it is, at no write.
        var acknowledged = await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        Assert.True(acknowledged.NextEscalationAt > filed.NextEscalationAt);
        await grain.Assess(new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "It is on schedule."));
        var closed = await grain.Close(new CloseComplaint("agent-1", null, null, null));
        Assert.Null(closed.NextEscalationAt);
        var kept = await ReminderTable.ReadRow(grain.GetGrainId(), "escalation");
        Assert.NotNull(kept);
        Assert.Equal(entry.StartAt, kept.StartAt);
        Assert.Equal(entry.ETag, kept.ETag);

        // When it fires, the closed complaint finds nothing due and removes it.
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", new TickStatus(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch));
        Assert.Null(await ReminderTable.ReadRow(grain.GetGrainId(), "escalation"));
        Assert.Equal(ComplaintStatus.Closed, (await grain.Get()).Status);
    }

    [Fact]
    public async Task ReminderFiringBeforeTheNextPoint_EscalatesNothing_AndReaimsAtThePoint()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.Critical));
        var acknowledged = await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        fixture.Clock.Advance(TimeSpan.FromSeconds(675));

        // The first-response point the reminder was aimed at no longer applies: the tick only moves the reminder.
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", new TickStatus(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch));
        var view = await grain.Get();
        var entry = await ReminderTable.ReadRow(grain.GetGrainId(), "escalation");

        Assert.Equal(EscalationLevel.None, view.EscalationLevel);
        Assert.Equal(acknowledged.Sequence, view.Sequence);
        Assert.NotNull(entry);
        var realDueIn = entry.StartAt - TimeProvider.System.GetUtcNow().UtcDateTime;
        var fakeDueIn = acknowledged.NextEscalationAt!.Value - fixture.Clock.GetUtcNow();
        Assert.InRange(realDueIn, fakeDueIn - TimeSpan.FromSeconds(60), fakeDueIn + TimeSpan.FromSeconds(1));
        Assert.True(filed.NextEscalationAt < acknowledged.NextEscalationAt);
    }

    [Fact]
    public async Task ReceiveReminder_AfterTheClockPassedAPoint_EscalatesAndReaims()
    {
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.High));
        fixture.Clock.Advance(TimeSpan.FromMinutes(46));

        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", new TickStatus(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch));
        var view = await grain.Get();

        Assert.Equal(EscalationLevel.AtRisk, view.EscalationLevel);
        Assert.Equal(filed.FiledAt + TimeSpan.FromHours(1), view.NextEscalationAt);
    }

    [Fact]
    public async Task Reminder_WhenItsDueTimeComes_FiresAndEscalatesWithoutAnyCall()
    {
        var (grain, _) = await FileAsync(_grains, Filing(NewCustomer(), severity: Severity.High));
        // Two seconds before the at-risk point (45 min); a tick re-aims the real reminder two seconds out.
        fixture.Clock.Advance(TimeSpan.FromMinutes(45) - TimeSpan.FromSeconds(2));
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", new TickStatus(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch));
        Assert.Equal(EscalationLevel.None, (await grain.Get()).EscalationLevel);
        fixture.Clock.Advance(TimeSpan.FromSeconds(3));

        // Orleans' reminder runs on real time: wait for it, bounded.
        var level = await Eventually.Value(async () => (await grain.Get()).EscalationLevel, l => l != EscalationLevel.None,
            "the re-aimed reminder fired", TimeSpan.FromSeconds(20));

        Assert.Equal(EscalationLevel.AtRisk, level);
    }
}
