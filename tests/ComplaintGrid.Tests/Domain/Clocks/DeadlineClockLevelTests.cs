using ComplaintGrid.Domain.Clocks;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Clocks;

/// <summary>When a clock falls due and which escalation level it is on; its running and stopping are in <see cref="DeadlineClockTests"/>.</summary>
public sealed class DeadlineClockLevelTests
{
    private static readonly TimeSpan Allowance = TimeSpan.FromHours(4);
    private readonly FakeTimeProvider _time = NewTime();

    private DateTimeOffset Now => _time.GetUtcNow();

    private DeadlineClock Started()
    {
        var clock = DeadlineClock.Create(ClockKind.Resolution, Allowance);
        clock.Start(Now);
        return clock;
    }

    [Fact]
    public void DueAt_Running_IsStartPlusRemainingAllowance()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(1));
        clock.Pause(Now);
        _time.Advance(TimeSpan.FromHours(10));
        Assert.Null(clock.DueAt());

        clock.Resume(Now);

        Assert.Equal(Now + TimeSpan.FromHours(3), clock.DueAt());
    }

    [Fact]
    public void NextEscalationAt_FreshClock_IsAtRiskPoint()
    {
        var clock = Started();

        Assert.Equal(Start + TimeSpan.FromHours(3), clock.NextEscalationAt());
    }

    [Theory]
    [InlineData(EscalationLevel.AtRisk, 4)]
    [InlineData(EscalationLevel.Breached, 6)]
    [InlineData(EscalationLevel.Level3, 8)]
    public void NextEscalationAt_AfterLevel_IsNextLevelPoint(EscalationLevel level, int hours)
    {
        var clock = Started();
        clock.Level = level;

        Assert.Equal(Start + TimeSpan.FromHours(hours), clock.NextEscalationAt());
    }

    [Fact]
    public void NextEscalationAt_AtLevel4_IsNull()
    {
        var clock = Started();
        clock.Level = EscalationLevel.Level4;

        Assert.Null(clock.NextEscalationAt());
    }

    [Fact]
    public void NextEscalationAt_PausedThenResumed_ShiftsByPausedTime()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(1));
        clock.Pause(Now);
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Null(clock.NextEscalationAt());

        clock.Resume(Now);

        Assert.Equal(Start + TimeSpan.FromHours(5), clock.NextEscalationAt());
    }

    [Fact]
    public void LevelAt_ElapsedPastThreshold_ReportsReachedLevel()
    {
        var clock = Started();

        Assert.Equal(EscalationLevel.None, clock.LevelAt(Now + TimeSpan.FromHours(3) - TimeSpan.FromTicks(1)));
        Assert.Equal(EscalationLevel.AtRisk, clock.LevelAt(Now + TimeSpan.FromHours(3)));
        Assert.Equal(EscalationLevel.Level3, clock.LevelAt(Now + TimeSpan.FromHours(6)));
    }

    [Fact]
    public void LevelAt_RecordedLevelHigher_NeverReportsLower()
    {
        var clock = Started();
        clock.Level = EscalationLevel.Breached;

        Assert.Equal(EscalationLevel.Breached, clock.LevelAt(Now));
    }

    [Fact]
    public void LiveLevel_RunningOrPaused_IsRecordedLevel()
    {
        var clock = Started();
        clock.Level = EscalationLevel.AtRisk;
        Assert.Equal(EscalationLevel.AtRisk, clock.LiveLevel);

        clock.Pause(Now);

        Assert.Equal(EscalationLevel.AtRisk, clock.LiveLevel);
    }

    [Fact]
    public void LiveLevel_Stopped_IsNoneButLevelIsKept()
    {
        var clock = Started();
        clock.Level = EscalationLevel.Breached;

        clock.Stop(Now);

        Assert.Equal(EscalationLevel.None, clock.LiveLevel);
        Assert.Equal(EscalationLevel.Breached, clock.Level);
        Assert.Equal(EscalationLevel.Breached, clock.ToView(Now).Level);
    }

    [Fact]
    public void ToView_Now_CountsElapsedToNow()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromMinutes(45));

        var view = clock.ToView(Now);

        Assert.Equal(new ClockView(ClockKind.Resolution, ClockState.Running, Allowance, TimeSpan.FromMinutes(45),
            Start + Allowance, EscalationLevel.None, null), view);
        Assert.Equal(TimeSpan.FromMinutes(45), clock.ToView(Now).Elapsed);
    }
}
