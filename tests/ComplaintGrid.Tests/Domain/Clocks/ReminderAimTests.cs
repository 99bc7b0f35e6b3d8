using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Tests.Domain.Clocks;

public sealed class ReminderAimTests
{
    private static readonly DateTimeOffset Aimed = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextPointLaterThanTheReminder_KeepsIt_ItFiresEarlyAndReaimsThen() =>
        Assert.Equal(ReminderMove.Keep, ReminderAim.Decide(known: true, Aimed, Aimed.AddHours(4)));

    [Fact]
    public void NextPointAtTheReminder_KeepsIt() =>
        Assert.Equal(ReminderMove.Keep, ReminderAim.Decide(known: true, Aimed, Aimed));

    [Fact]
    public void NextPointEarlierThanTheReminder_AimsAtIt() =>
        Assert.Equal(ReminderMove.AimAtNext, ReminderAim.Decide(known: true, Aimed, Aimed.AddMinutes(-1)));

    [Fact]
    public void NothingLeftToBeDue_KeepsAKnownReminder_ItIsRemovedWhenItFires() =>
        Assert.Equal(ReminderMove.Keep, ReminderAim.Decide(known: true, Aimed, next: null));

    [Fact]
    public void NoReminder_AndAPointToBeDue_AimsAtIt() =>
        Assert.Equal(ReminderMove.AimAtNext, ReminderAim.Decide(known: true, aimedAt: null, Aimed));

    [Fact]
    public void NoReminder_AndNothingToBeDue_Keeps() =>
        Assert.Equal(ReminderMove.Keep, ReminderAim.Decide(known: true, aimedAt: null, next: null));

    [Fact]
    public void UnknownReminder_AimsAtTheNextPoint_OrRemovesIt()
    {
        Assert.Equal(ReminderMove.AimAtNext, ReminderAim.Decide(known: false, Aimed, Aimed.AddHours(4)));
        Assert.Equal(ReminderMove.Remove, ReminderAim.Decide(known: false, Aimed, next: null));
    }
}
