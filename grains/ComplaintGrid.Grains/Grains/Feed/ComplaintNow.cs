namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// Where a complaint stands after an event: what the escalation board needs to keep its rows for that complaint
/// current (status, and each clock's live level), so a row shows the complaint as it is now, not as it escalated.
/// </summary>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="Sequence">The event it reflects; an older one never overwrites a newer.</param>
/// <param name="Status">Status.</param>
/// <param name="FirstResponseLevel">First-response clock level while it runs or is paused (None once stopped).</param>
/// <param name="CustomerUpdateLevel">Customer-update clock level while it runs or is paused (None once stopped).</param>
/// <param name="ResolutionLevel">Resolution clock level while it runs or is paused (None once stopped).</param>
[GenerateSerializer, Immutable, Alias("cg.ComplaintNow")]
public sealed record ComplaintNow(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] ComplaintStatus Status,
    [property: Id(3)] EscalationLevel FirstResponseLevel,
    [property: Id(4)] EscalationLevel CustomerUpdateLevel,
    [property: Id(5)] EscalationLevel ResolutionLevel)
{
    /// <summary>Where the complaint stands after <paramref name="e"/>.</summary>
    public static ComplaintNow From(ComplaintEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var s = e.Summary;
        return new ComplaintNow(e.ComplaintId, e.Sequence, s.Status, s.FirstResponseLevel, s.CustomerUpdateLevel, s.ResolutionLevel);
    }

    /// <summary>The live level of <paramref name="clock"/>.</summary>
    public EscalationLevel LevelOf(ClockKind clock) => clock switch
    {
        ClockKind.FirstResponse => FirstResponseLevel,
        ClockKind.CustomerUpdate => CustomerUpdateLevel,
        _ => ResolutionLevel,
    };
}
