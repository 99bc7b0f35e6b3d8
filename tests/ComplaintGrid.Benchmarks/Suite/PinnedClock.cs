namespace ComplaintGrid.Benchmarks.Suite;

/// <summary>
/// Real time moved to start at a chosen instant: it runs at real pace, so reminders (which Orleans fires on real time,
/// aimed by how long until the point) fire when the complaint's clock says they are due. Registered only as the
/// complaints' clock (<c>ComplaintGridClock.Key</c>), never as Orleans' own.
/// </summary>
internal sealed class PinnedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
