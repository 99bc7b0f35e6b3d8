namespace ComplaintGrid.Hosting;

/// <summary>
/// The clock all deadline logic reads, registered as a keyed <see cref="TimeProvider"/> so tests can move it
/// without moving the clock Orleans itself runs on (membership, timers and reminders stay on real time).
/// </summary>
public static class ComplaintGridClock
{
    public const string Key = "ComplaintGrid.Clock";
}
