namespace ComplaintGrid.Grains.StaleCopies;

/// <summary>
/// When a complaint's copy must write its state before it first answers a read. A silo declared dead may only be
/// frozen (a long pause, a partition): until it wakes and learns, its copy of a complaint can still take a command
/// and store it, because a copy activated elsewhere since, having only read, has not changed the stored version.
/// That newer copy would then answer with the state before that step until its own next write failed. Writing
/// once first moves the stored version on, so the old copy's write is refused instead (or this one's is, and it
/// reloads). Only copies activated around a death pay for it: a silo that leaves in order deactivates its grains.
/// </summary>
internal static class StaleCopyFence
{
    /// <summary>
    /// How long before this silo learned of a death a copy may have been activated because of it: the caller that
    /// activated it (another silo's directory) can learn first. Such a copy writes at its next read.
    /// </summary>
    public static readonly TimeSpan LearnedLate = TimeSpan.FromSeconds(30);

    /// <summary>Instants are times on one monotonic clock (<see cref="SiloDeaths.Now"/>).</summary>
    /// <param name="activatedAt">When the copy was activated.</param>
    /// <param name="lastDeath">When this silo last learned that another silo was declared dead; null if never.</param>
    /// <param name="window">How long after a death new copies write first (<c>FenceAfterSiloLoss</c>); zero turns it off.</param>
    public static bool Required(TimeSpan activatedAt, TimeSpan? lastDeath, TimeSpan window) =>
        window > TimeSpan.Zero
        && lastDeath is { } death
        && activatedAt >= death - LearnedLate
        && activatedAt <= death + window;
}
