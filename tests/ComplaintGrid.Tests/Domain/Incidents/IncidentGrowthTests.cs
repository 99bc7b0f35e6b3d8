using ComplaintGrid.Domain.Incidents;

namespace ComplaintGrid.Tests.Domain.Incidents;

public sealed class IncidentGrowthTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private static DateTimeOffset MinutesAgo(int minutes) => Now - TimeSpan.FromMinutes(minutes);

    [Fact]
    public void Growth_IsTheLastWindowLessTheWindowBefore()
    {
        // Two in the window before (16 and 29 minutes ago), five in the last (0 to 14 minutes ago), one older than both.
        var joined = new[] { MinutesAgo(40), MinutesAgo(29), MinutesAgo(16), MinutesAgo(14), MinutesAgo(10), MinutesAgo(5), MinutesAgo(1), Now };

        Assert.Equal(3, IncidentGrowth.Of(joined, Now, Window));
    }

    [Fact]
    public void Growth_IsNegative_AsTheBurstDiesDown()
    {
        var joined = new[] { MinutesAgo(25), MinutesAgo(22), MinutesAgo(20), MinutesAgo(3) };

        Assert.Equal(-2, IncidentGrowth.Of(joined, Now, Window));
    }

    [Fact]
    public void Growth_CountsAMemberExactlyOneWindowAgo_InTheWindowBefore()
    {
        Assert.Equal(-1, IncidentGrowth.Of([MinutesAgo(15)], Now, Window));
    }
}
