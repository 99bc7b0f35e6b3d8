namespace ComplaintGrid.Dashboard.Feed;

/// <summary>
/// A held escalation row whose complaint moved on: the fields that change with it, keyed by complaint and sequence. A
/// row is sent whole once; after that only this, so a busy complaint does not send its row again at every event.
/// </summary>
/// <param name="ComplaintId">The row's complaint.</param>
/// <param name="Sequence">The row's event.</param>
/// <param name="DepartmentId">The row's department, for the department filter.</param>
/// <param name="Status">The complaint's status now.</param>
/// <param name="StatusSequence">The event the status reflects.</param>
/// <param name="ClockLevelNow">The row's clock's level now; null for a row with no clock.</param>
/// <param name="Breaching">Whether the row is still a breach the department carries (<see cref="EscalationEntry.Breaching"/>).</param>
public sealed record EscalationRowUpdate(
    string ComplaintId, long Sequence, string DepartmentId, ComplaintStatus Status, long StatusSequence, EscalationLevel? ClockLevelNow,
    bool Breaching)
{
    /// <summary>The update that brings a held row to <paramref name="now"/>, the same row as the board has it now.</summary>
    public static EscalationRowUpdate From(EscalationEntry now) =>
        new(now.ComplaintId, now.Sequence, now.DepartmentId, now.Status, now.StatusAsOf, now.ClockLevelNow, now.Breaching);
}
