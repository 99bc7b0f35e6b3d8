using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Tests.Domain.Clocks;

public sealed class EscalationLadderTests
{
    private static readonly TimeSpan Allowance = TimeSpan.FromHours(4);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Theory]
    [InlineData(0, EscalationLevel.None)]
    [InlineData(0.5, EscalationLevel.None)]
    [InlineData(0.75, EscalationLevel.AtRisk)]
    [InlineData(0.9, EscalationLevel.AtRisk)]
    [InlineData(1.0, EscalationLevel.Breached)]
    [InlineData(1.2, EscalationLevel.Breached)]
    [InlineData(1.5, EscalationLevel.Level3)]
    [InlineData(1.9, EscalationLevel.Level3)]
    [InlineData(2.0, EscalationLevel.Level4)]
    [InlineData(10.0, EscalationLevel.Level4)]
    public void LevelFor_ShareOfAllowance_ReturnsLevel(double share, EscalationLevel expected)
    {
        var elapsed = TimeSpan.FromTicks((long)(Allowance.Ticks * share));

        Assert.Equal(expected, EscalationLadder.LevelFor(elapsed, Allowance));
    }

    [Theory]
    [InlineData(0.75, EscalationLevel.None)]
    [InlineData(1.0, EscalationLevel.AtRisk)]
    [InlineData(1.5, EscalationLevel.Breached)]
    [InlineData(2.0, EscalationLevel.Level3)]
    public void LevelFor_OneTickBelowThreshold_StaysOnLevelBelow(double share, EscalationLevel expected)
    {
        var elapsed = TimeSpan.FromTicks((long)(Allowance.Ticks * share)) - Tick;

        Assert.Equal(expected, EscalationLadder.LevelFor(elapsed, Allowance));
    }

    [Theory]
    [InlineData(Severity.Critical)]
    [InlineData(Severity.High)]
    [InlineData(Severity.Medium)]
    [InlineData(Severity.Low)]
    public void LevelFor_ExactThresholdsOfEveryStandardAllowance_ReachLevel(Severity severity)
    {
        var allowances = ClockPolicyOptions.StandardFor(severity);
        foreach (var kind in Enum.GetValues<ClockKind>())
        {
            var allowance = allowances.For(kind);
            Assert.Equal(EscalationLevel.AtRisk, EscalationLadder.LevelFor(allowance * 0.75, allowance));
            Assert.Equal(EscalationLevel.Breached, EscalationLadder.LevelFor(allowance, allowance));
            Assert.Equal(EscalationLevel.Level3, EscalationLadder.LevelFor(allowance * 1.5, allowance));
            Assert.Equal(EscalationLevel.Level4, EscalationLadder.LevelFor(allowance * 2, allowance));
            Assert.Equal(EscalationLevel.None, EscalationLadder.LevelFor(allowance * 0.75 - Tick, allowance));
        }
    }

    [Fact]
    public void ShareFor_EachLevel_MatchesDomainPercentages()
    {
        Assert.Equal(0, EscalationLadder.ShareFor(EscalationLevel.None));
        Assert.Equal(0.75, EscalationLadder.ShareFor(EscalationLevel.AtRisk));
        Assert.Equal(1.0, EscalationLadder.ShareFor(EscalationLevel.Breached));
        Assert.Equal(1.5, EscalationLadder.ShareFor(EscalationLevel.Level3));
        Assert.Equal(2.0, EscalationLadder.ShareFor(EscalationLevel.Level4));
    }

    [Fact]
    public void ElapsedFor_EachLevel_IsShareOfAllowance()
    {
        Assert.Equal(TimeSpan.Zero, EscalationLadder.ElapsedFor(EscalationLevel.None, Allowance));
        Assert.Equal(TimeSpan.FromHours(3), EscalationLadder.ElapsedFor(EscalationLevel.AtRisk, Allowance));
        Assert.Equal(TimeSpan.FromHours(4), EscalationLadder.ElapsedFor(EscalationLevel.Breached, Allowance));
        Assert.Equal(TimeSpan.FromHours(6), EscalationLadder.ElapsedFor(EscalationLevel.Level3, Allowance));
        Assert.Equal(TimeSpan.FromHours(8), EscalationLadder.ElapsedFor(EscalationLevel.Level4, Allowance));
    }

    [Fact]
    public void ElapsedFor_EachLevel_IsWhereLevelForReachesIt()
    {
        foreach (var level in Enum.GetValues<EscalationLevel>().Where(l => l != EscalationLevel.None))
            Assert.Equal(level, EscalationLadder.LevelFor(EscalationLadder.ElapsedFor(level, Allowance), Allowance));
    }

    [Theory]
    [InlineData(EscalationLevel.None, EscalationLevel.AtRisk)]
    [InlineData(EscalationLevel.AtRisk, EscalationLevel.Breached)]
    [InlineData(EscalationLevel.Breached, EscalationLevel.Level3)]
    [InlineData(EscalationLevel.Level3, EscalationLevel.Level4)]
    public void Next_BelowTop_ReturnsLevelAbove(EscalationLevel level, EscalationLevel expected)
    {
        Assert.Equal(expected, EscalationLadder.Next(level));
    }

    [Fact]
    public void Next_AtLevel4_ReturnsNull()
    {
        Assert.Null(EscalationLadder.Next(EscalationLevel.Level4));
    }

    [Theory]
    [InlineData(EscalationLevel.None, EscalationLevel.AtRisk)]
    [InlineData(EscalationLevel.AtRisk, EscalationLevel.Breached)]
    [InlineData(EscalationLevel.Breached, EscalationLevel.Level3)]
    [InlineData(EscalationLevel.Level3, EscalationLevel.Level4)]
    [InlineData(EscalationLevel.Level4, EscalationLevel.Level4)]
    public void StepUp_AnyLevel_RaisesOneStepCappedAtLevel4(EscalationLevel level, EscalationLevel expected)
    {
        Assert.Equal(expected, EscalationLadder.StepUp(level));
    }

    [Theory]
    [InlineData(EscalationLevel.AtRisk, "owner and team lead alerted")]
    [InlineData(EscalationLevel.Breached, "department head alerted")]
    [InlineData(EscalationLevel.Level3, "operations manager alerted")]
    [InlineData(EscalationLevel.Level4, "executive alerted")]
    public void Alerted_EachLevel_NamesWhoIsAlerted(EscalationLevel level, string expected)
    {
        Assert.Equal(expected, EscalationLadder.Alerted(level));
    }
}
