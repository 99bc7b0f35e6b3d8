namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// One of a complaint's three clocks: counts time against an allowance, pauses while the complaint waits
/// on the customer, and remembers the highest escalation level reached in its current run.
/// Part of the persisted complaint state.
/// </summary>
[GenerateSerializer, Alias("cg.DeadlineClock")]
public sealed class DeadlineClock
{
    [Id(0)] public ClockKind Kind { get; set; }
    [Id(1)] public TimeSpan Allowance { get; set; }
    /// <summary>Time counted before <see cref="RunningSince"/>.</summary>
    [Id(2)] public TimeSpan ElapsedBefore { get; set; }
    [Id(3)] public DateTimeOffset? RunningSince { get; set; }
    [Id(4)] public bool Paused { get; set; }
    [Id(5)] public bool Started { get; set; }
    [Id(6)] public EscalationLevel Level { get; set; }
    [Id(7)] public bool? Met { get; set; }

    public bool IsRunning => RunningSince is not null;

    public ClockState State => IsRunning ? ClockState.Running : Paused ? ClockState.Paused : ClockState.Stopped;

    public static DeadlineClock Create(ClockKind kind, TimeSpan allowance) => new() { Kind = kind, Allowance = allowance };

    public TimeSpan ElapsedAt(DateTimeOffset now) =>
        RunningSince is { } since && now > since ? ElapsedBefore + (now - since) : ElapsedBefore;

    /// <summary>Starts a fresh run: nothing elapsed, no level.</summary>
    public void Start(DateTimeOffset now)
    {
        ElapsedBefore = TimeSpan.Zero;
        RunningSince = now;
        Paused = false;
        Started = true;
        Level = EscalationLevel.None;
        Met = null;
    }

    /// <summary>Stops the clock and records whether it was met.</summary>
    public void Stop(DateTimeOffset now)
    {
        if (!IsRunning && !Paused)
            return;
        ElapsedBefore = ElapsedAt(now);
        RunningSince = null;
        Paused = false;
        // At exactly the allowance the ladder says breached, so met means strictly inside it.
        Met = ElapsedBefore < Allowance;
    }

    /// <summary>Continues a stopped clock where it stopped (a reopened complaint's wait keeps counting).</summary>
    public void Continue(DateTimeOffset now)
    {
        if (IsRunning)
            return;
        RunningSince = now;
        Paused = false;
        Started = true;
        Met = null;
    }

    public void Pause(DateTimeOffset now)
    {
        if (!IsRunning)
            return;
        ElapsedBefore = ElapsedAt(now);
        RunningSince = null;
        Paused = true;
    }

    public void Resume(DateTimeOffset now)
    {
        if (!Paused)
            return;
        RunningSince = now;
        Paused = false;
    }

    /// <summary>When the allowance runs out, if the clock keeps running.</summary>
    public DateTimeOffset? DueAt() => RunningSince is { } since ? since + (Allowance - ElapsedBefore) : null;

    /// <summary>When the next escalation level is reached, if the clock keeps running.</summary>
    public DateTimeOffset? NextEscalationAt()
    {
        if (RunningSince is not { } since || EscalationLadder.Next(Level) is not { } next)
            return null;
        return since + (EscalationLadder.ElapsedFor(next, Allowance) - ElapsedBefore);
    }

    /// <summary>The level the clock has reached by <paramref name="now"/> (never below the recorded one).</summary>
    public EscalationLevel LevelAt(DateTimeOffset now)
    {
        var reached = EscalationLadder.LevelFor(ElapsedAt(now), Allowance);
        return reached > Level ? reached : Level;
    }

    /// <summary>The level that still needs attention: a stopped clock's past level is history, not a live risk.</summary>
    public EscalationLevel LiveLevel => State == ClockState.Stopped ? EscalationLevel.None : Level;

    /// <summary>The view at <paramref name="now"/>, with the elapsed time counted to now.</summary>
    public ClockView ToView(DateTimeOffset now) =>
        new(Kind, Started ? State : ClockState.Stopped, Allowance, ElapsedAt(now), DueAt(), Level, Met);
}
