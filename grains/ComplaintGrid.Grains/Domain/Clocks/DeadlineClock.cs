using System.Text.Json.Serialization;
using ComplaintGrid.Domain.Calendars;
using NodaTime;

namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// One of a complaint's three clocks: counts time against an allowance, pauses while the complaint waits
/// on the customer, and remembers the highest escalation level reached in its current run. Under a business-hours
/// <see cref="Calendar"/> it counts open time only: elapsed time, the due instant and the escalation points follow it.
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

    /// <summary>
    /// The calendar the clock counts open time by; null counts wall time. Not persisted: the complaint binds it from the
    /// calendar name it stores, so a clock stored before calendars existed counts wall time as it did.
    /// </summary>
    [JsonIgnore]
    public BusinessCalendar? Calendar
    {
        get => _calendar;
        set => _calendar = value;
    }

    [NonSerialized]
    private BusinessCalendar? _calendar;

    public bool IsRunning => RunningSince is not null;

    public ClockState State => IsRunning ? ClockState.Running : Paused ? ClockState.Paused : ClockState.Stopped;

    public static DeadlineClock Create(ClockKind kind, TimeSpan allowance) => new() { Kind = kind, Allowance = allowance };

    public TimeSpan ElapsedAt(DateTimeOffset now) =>
        RunningSince is { } since && now > since ? ElapsedBefore + Counted(since, now) : ElapsedBefore;

    /// <summary>
    /// Counts on by <paramref name="calendar"/> from <paramref name="now"/> (a move to a department with other hours):
    /// the time so far stays as the old calendar counted it.
    /// </summary>
    public void CountBy(BusinessCalendar? calendar, DateTimeOffset now)
    {
        if (RunningSince is not null)
        {
            ElapsedBefore = ElapsedAt(now);
            RunningSince = now;
        }
        Calendar = calendar;
    }

    private TimeSpan Counted(DateTimeOffset from, DateTimeOffset to) => Calendar?.OpenTimeBetween(from, to) ?? to - from;

    // Where a run reaches an amount of counted time: an instant in real time, which is what reminders are aimed at.
    private DateTimeOffset Reached(DateTimeOffset since, TimeSpan counted) => Calendar?.Add(since, counted) ?? since + counted;

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
    public DateTimeOffset? DueAt() => RunningSince is { } since ? Reached(since, Allowance - ElapsedBefore) : null;

    /// <summary>When the next escalation level is reached, if the clock keeps running.</summary>
    public DateTimeOffset? NextEscalationAt()
    {
        if (RunningSince is not { } since || EscalationLadder.Next(Level) is not { } next)
            return null;
        return Reached(since, EscalationLadder.ElapsedFor(next, Allowance) - ElapsedBefore);
    }

    /// <summary>The level the clock has reached by <paramref name="now"/> (never below the recorded one).</summary>
    public EscalationLevel LevelAt(DateTimeOffset now)
    {
        var reached = EscalationLadder.LevelFor(ElapsedAt(now), Allowance);
        return reached > Level ? reached : Level;
    }

    /// <summary>The level that still needs attention: a stopped clock's past level is history, not a live risk.</summary>
    public EscalationLevel LiveLevel => State == ClockState.Stopped ? EscalationLevel.None : Level;

    /// <summary>
    /// The view at <paramref name="now"/>, with the elapsed time counted to now, and the due instant also in
    /// <paramref name="zone"/> (the department's) when there is one.
    /// </summary>
    public ClockView ToView(DateTimeOffset now, DateTimeZone? zone = null)
    {
        var due = DueAt();
        DateTimeOffset? dueLocal = zone is not null && due is { } d ? Instant.FromDateTimeOffset(d).InZone(zone).ToDateTimeOffset() : null;
        return new(Kind, Started ? State : ClockState.Stopped, Allowance, ElapsedAt(now), due, Level, Met, dueLocal, zone?.Id);
    }
}
