using ComplaintGrid.Domain.Clocks;
using Microsoft.Extensions.Time.Testing;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Clocks;

public sealed class DeadlineClockTests
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
    public void Create_NewClock_IsNotStartedAndNotRunning()
    {
        var clock = DeadlineClock.Create(ClockKind.FirstResponse, Allowance);

        Assert.Equal(ClockKind.FirstResponse, clock.Kind);
        Assert.Equal(Allowance, clock.Allowance);
        Assert.False(clock.Started);
        Assert.False(clock.IsRunning);
        Assert.Equal(ClockState.Stopped, clock.State);
        Assert.Equal(TimeSpan.Zero, clock.ElapsedAt(Now));
        Assert.Null(clock.DueAt());
        Assert.Null(clock.NextEscalationAt());
        Assert.Null(clock.Met);
        Assert.Equal(ClockState.Stopped, clock.ToView(Now).State);
    }

    [Fact]
    public void Start_Running_CountsElapsedTime()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromMinutes(90));

        Assert.True(clock.Started);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.Equal(TimeSpan.FromMinutes(90), clock.ElapsedAt(Now));
    }

    [Fact]
    public void ElapsedAt_TimeBeforeRunningSince_CountsNothingExtra()
    {
        var clock = Started();

        Assert.Equal(TimeSpan.Zero, clock.ElapsedAt(Now - TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void PauseResume_PausedTime_IsExcludedFromElapsed()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(1));
        clock.Pause(Now);
        Assert.Equal(ClockState.Paused, clock.State);
        Assert.True(clock.Paused);

        _time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(TimeSpan.FromHours(1), clock.ElapsedAt(Now));

        clock.Resume(Now);
        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(ClockState.Running, clock.State);
        Assert.Equal(TimeSpan.FromMinutes(90), clock.ElapsedAt(Now));
    }

    [Fact]
    public void Pause_ClockNotRunning_DoesNothing()
    {
        var clock = DeadlineClock.Create(ClockKind.CustomerUpdate, Allowance);

        clock.Pause(Now);

        Assert.False(clock.Paused);
        Assert.Equal(ClockState.Stopped, clock.State);
    }

    [Fact]
    public void Resume_ClockNotPaused_DoesNothing()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(1));
        var since = clock.RunningSince;

        clock.Resume(Now);

        Assert.Equal(since, clock.RunningSince);
        Assert.Equal(TimeSpan.FromHours(1), clock.ElapsedAt(Now));
    }

    [Fact]
    public void Stop_WithinAllowance_RecordsMet()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(3));

        clock.Stop(Now);
        _time.Advance(TimeSpan.FromHours(5));

        Assert.True(clock.Met);
        Assert.Equal(ClockState.Stopped, clock.State);
        Assert.Equal(TimeSpan.FromHours(3), clock.ElapsedAt(Now));
        Assert.Null(clock.DueAt());
    }

    [Fact]
    public void Stop_ExactlyAtAllowance_RecordsNotMetAsLadderSaysBreached()
    {
        var clock = Started();
        _time.Advance(Allowance);

        clock.Stop(Now);

        Assert.False(clock.Met);
        Assert.Equal(EscalationLevel.Breached, EscalationLadder.LevelFor(clock.ElapsedBefore, Allowance));
    }

    [Fact]
    public void Stop_OneTickInsideAllowance_RecordsMet()
    {
        var clock = Started();
        _time.Advance(Allowance - TimeSpan.FromTicks(1));

        clock.Stop(Now);

        Assert.True(clock.Met);
    }

    [Fact]
    public void Stop_AfterAllowance_RecordsNotMet()
    {
        var clock = Started();
        _time.Advance(Allowance + TimeSpan.FromSeconds(1));

        clock.Stop(Now);

        Assert.False(clock.Met);
    }

    [Fact]
    public void Stop_WhilePaused_CountsOnlyRunningTime()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(2));
        clock.Pause(Now);
        _time.Advance(TimeSpan.FromDays(2));

        clock.Stop(Now);

        Assert.True(clock.Met);
        Assert.False(clock.Paused);
        Assert.Equal(ClockState.Stopped, clock.State);
        Assert.Equal(TimeSpan.FromHours(2), clock.ElapsedBefore);
    }

    [Fact]
    public void Stop_NeverStarted_LeavesMetUnknown()
    {
        var clock = DeadlineClock.Create(ClockKind.CustomerUpdate, Allowance);

        clock.Stop(Now);

        Assert.Null(clock.Met);
        Assert.False(clock.Started);
    }

    [Fact]
    public void Stop_AlreadyStopped_KeepsFirstResult()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(1));
        clock.Stop(Now);
        _time.Advance(TimeSpan.FromDays(1));

        clock.Stop(Now);

        Assert.True(clock.Met);
        Assert.Equal(TimeSpan.FromHours(1), clock.ElapsedBefore);
    }

    [Fact]
    public void Continue_StoppedClock_KeepsElapsedAndLevel()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(3));
        clock.Level = EscalationLevel.AtRisk;
        clock.Stop(Now);
        _time.Advance(TimeSpan.FromDays(2));

        clock.Continue(Now);
        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(ClockState.Running, clock.State);
        Assert.Null(clock.Met);
        Assert.Equal(EscalationLevel.AtRisk, clock.Level);
        Assert.Equal(TimeSpan.FromMinutes(210), clock.ElapsedAt(Now));
    }

    [Fact]
    public void Continue_RunningClock_DoesNothing()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(1));

        clock.Continue(Now);

        Assert.Equal(Start, clock.RunningSince);
        Assert.Equal(TimeSpan.FromHours(1), clock.ElapsedAt(Now));
    }

    [Fact]
    public void Start_AfterRun_ResetsElapsedLevelAndMet()
    {
        var clock = Started();
        _time.Advance(TimeSpan.FromHours(5));
        clock.Level = EscalationLevel.Breached;
        clock.Stop(Now);

        clock.Start(Now);

        Assert.Equal(TimeSpan.Zero, clock.ElapsedAt(Now));
        Assert.Equal(EscalationLevel.None, clock.Level);
        Assert.Null(clock.Met);
        Assert.Equal(ClockState.Running, clock.State);
    }
}
