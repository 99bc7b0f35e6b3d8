namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// The escalation ladder: the share of a clock's allowance at which each level is reached
/// (docs/domain.md: at risk 75%, breached 100%, level 3 150%, level 4 200%).
/// </summary>
public static class EscalationLadder
{
    /// <summary>At risk: owner and team lead are alerted while there is still a quarter of the time left.</summary>
    public const double AtRiskShare = 0.75;

    /// <summary>Breached: the allowance is used up; the department head is alerted.</summary>
    public const double BreachedShare = 1.0;

    /// <summary>Level 3: half as long again; the operations manager is alerted.</summary>
    public const double Level3Share = 1.5;

    /// <summary>Level 4: twice the allowance; an executive is alerted.</summary>
    public const double Level4Share = 2.0;

    /// <summary>The share of the allowance at which <paramref name="level"/> is reached.</summary>
    public static double ShareFor(EscalationLevel level) => level switch
    {
        EscalationLevel.AtRisk => AtRiskShare,
        EscalationLevel.Breached => BreachedShare,
        EscalationLevel.Level3 => Level3Share,
        EscalationLevel.Level4 => Level4Share,
        _ => 0,
    };

    /// <summary>The level reached after <paramref name="elapsed"/> of <paramref name="allowance"/>.</summary>
    public static EscalationLevel LevelFor(TimeSpan elapsed, TimeSpan allowance)
    {
        // Compare in ticks so a clock exactly at a threshold is at that level, without rounding.
        var ticks = elapsed.Ticks;
        if (ticks >= (long)(allowance.Ticks * Level4Share)) return EscalationLevel.Level4;
        if (ticks >= (long)(allowance.Ticks * Level3Share)) return EscalationLevel.Level3;
        if (ticks >= (long)(allowance.Ticks * BreachedShare)) return EscalationLevel.Breached;
        if (ticks >= (long)(allowance.Ticks * AtRiskShare)) return EscalationLevel.AtRisk;
        return EscalationLevel.None;
    }

    /// <summary>The elapsed time at which <paramref name="level"/> is reached on a clock of <paramref name="allowance"/>.</summary>
    public static TimeSpan ElapsedFor(EscalationLevel level, TimeSpan allowance) =>
        TimeSpan.FromTicks((long)(allowance.Ticks * ShareFor(level)));

    /// <summary>Who is alerted when a clock reaches <paramref name="level"/>, as the timeline says it.</summary>
    public static string Alerted(EscalationLevel level) => level switch
    {
        EscalationLevel.AtRisk => "owner and team lead alerted",
        EscalationLevel.Breached => "department head alerted",
        EscalationLevel.Level3 => "operations manager alerted",
        _ => "executive alerted",
    };

    /// <summary>The level after <paramref name="level"/>, or null at the top.</summary>
    public static EscalationLevel? Next(EscalationLevel level) =>
        level < EscalationLevel.Level4 ? level + 1 : null;

    /// <summary>One step up, capped at level 4 (reopens and customer requests).</summary>
    public static EscalationLevel StepUp(EscalationLevel level) =>
        level < EscalationLevel.Level4 ? level + 1 : EscalationLevel.Level4;
}
