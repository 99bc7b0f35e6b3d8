using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static ComplaintGrid.Tests.Grains.TestComplaints;

namespace ComplaintGrid.Tests.Grains;

[Collection(CalendarCollection.Name)]
public sealed class CalendarGrainTests(CalendarClusterFixture fixture)
{
    private static readonly TickStatus Tick = new(DateTime.UnixEpoch, TimeSpan.FromMinutes(1), DateTime.UnixEpoch);

    private readonly IGrainFactory _grains = fixture.Grains;

    private IReminderTable ReminderTable =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredService<IReminderTable>();

    /// <summary>The next Friday 16:00 UTC from the fake clock (tests of this collection share it, and it only moves on).</summary>
    private DateTimeOffset MoveToFridayAfternoon()
    {
        var at = CalendarClusterFixture.FridayAfternoon;
        while (at < fixture.Clock.GetUtcNow())
            at += TimeSpan.FromDays(7);
        fixture.Clock.SetUtcNow(at);
        return at;
    }

    [Fact]
    public async Task FiledFridayEvening_InAMondayToFridayDepartment_DoesNotEscalateOverTheWeekend_AndItsReminderFiresOnMonday()
    {
        var friday = MoveToFridayAfternoon();
        var monday = friday + TimeSpan.FromDays(3) - TimeSpan.FromHours(7);
        var (grain, filed) = await FileAsync(_grains, Filing(NewCustomer(), Category.Delivery, Severity.Medium));

        // First response 4 h of open time: Friday's last hour and three on Monday; at risk at 3 h, Monday 11:00.
        var atRisk = monday + TimeSpan.FromHours(2);
        Assert.Equal("logistics", filed.DepartmentId);
        Assert.Equal(atRisk, filed.NextEscalationAt);
        Assert.Equal(monday + TimeSpan.FromHours(3), filed.Clocks[0].DueAt);
        Assert.Equal("Europe/London", filed.Clocks[0].TimeZone);
        Assert.Equal(TimeSpan.Zero, filed.Clocks[0].DueLocal!.Value.Offset);
        var entry = await ReminderTable.ReadRow(grain.GetGrainId(), "escalation");
        Assert.NotNull(entry);
        var realDueIn = entry.StartAt - TimeProvider.System.GetUtcNow().UtcDateTime;
        Assert.InRange(realDueIn, atRisk - friday - TimeSpan.FromMinutes(1), atRisk - friday);

        // Saturday noon and Monday just after opening: a tick finds nothing due.
        foreach (var quiet in new[] { friday + TimeSpan.FromHours(20), monday + TimeSpan.FromMinutes(5) })
        {
            fixture.Clock.SetUtcNow(quiet);
            await grain.AsReference<IRemindable>().ReceiveReminder("escalation", Tick);
            var view = await grain.Get();
            Assert.Equal(EscalationLevel.None, view.EscalationLevel);
            Assert.Equal(filed.Sequence, view.Sequence);
        }

        // Two seconds before the point: the tick re-aims the real reminder two seconds out, and it fires by itself.
        fixture.Clock.SetUtcNow(atRisk - TimeSpan.FromSeconds(2));
        await grain.AsReference<IRemindable>().ReceiveReminder("escalation", Tick);
        Assert.Equal(EscalationLevel.None, (await grain.Get()).EscalationLevel);
        fixture.Clock.SetUtcNow(atRisk + TimeSpan.FromSeconds(1));

        var escalated = await Eventually.Value(grain.Get, v => v.EscalationLevel != EscalationLevel.None,
            "the re-aimed reminder fired", TimeSpan.FromSeconds(20));

        var record = Assert.Single(escalated.Escalations);
        Assert.Equal(ClockKind.FirstResponse, record.Clock);
        Assert.Equal(EscalationLevel.AtRisk, record.Level);
        Assert.InRange(record.At, atRisk, atRisk + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task File_ForAGoldCustomer_HalvesTheAllowances_AndTheViewShowsTheEntitlement()
    {
        var gold = NewCustomer();
        await _grains.GetGrain<ICustomerGrain>(gold).SetProfile(new CustomerProfile(null, ValueTier.Gold));

        var (_, goldView) = await FileAsync(_grains, Filing(gold, Category.Billing, Severity.High));
        var (_, standardView) = await FileAsync(_grains, Filing(NewCustomer(), Category.Billing, Severity.High));

        Assert.Equal(new Entitlement(ValueTier.Gold, 0.5, Overridden: false), goldView.Entitlement);
        Assert.Equal([TimeSpan.FromMinutes(30), TimeSpan.FromHours(6), TimeSpan.FromHours(36)], goldView.Clocks.Select(c => c.Allowance));
        Assert.Null(standardView.Entitlement);
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(12), TimeSpan.FromDays(3)], standardView.Clocks.Select(c => c.Allowance));
        // Finance keeps no calendar here: no time zone to show.
        Assert.Null(goldView.Clocks[0].TimeZone);
    }
}
