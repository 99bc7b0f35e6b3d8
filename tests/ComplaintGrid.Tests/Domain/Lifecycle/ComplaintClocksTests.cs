using ComplaintGrid.Domain.Clocks;
using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.Tests.Domain.Lifecycle;

public sealed class ComplaintClocksTests
{
    [Fact]
    public void Clocks_AnyState_AreFirstResponseThenCustomerUpdateThenResolution()
    {
        var state = new ComplaintState
        {
            FirstResponse = DeadlineClock.Create(ClockKind.FirstResponse, TimeSpan.FromHours(1)),
            CustomerUpdate = DeadlineClock.Create(ClockKind.CustomerUpdate, TimeSpan.FromHours(12)),
            Resolution = DeadlineClock.Create(ClockKind.Resolution, TimeSpan.FromDays(3)),
        };

        var walked = new List<DeadlineClock>();
        foreach (var clock in state.Clocks)
            walked.Add(clock);

        Assert.Equal([state.FirstResponse, state.CustomerUpdate, state.Resolution], walked);
        Assert.Equal([ClockKind.FirstResponse, ClockKind.CustomerUpdate, ClockKind.Resolution], walked.Select(c => c.Kind));
    }
}
