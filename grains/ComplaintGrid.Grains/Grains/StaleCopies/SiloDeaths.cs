using ComplaintGrid.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.StaleCopies;

/// <summary>
/// What this silo knows of other silos' deaths, for <see cref="StaleCopyFence"/>: the time it last learned of one.
/// Fed by <see cref="SiloDeathWatch"/>; read by every complaint copy, so a single field read, no lock.
/// </summary>
internal sealed class SiloDeaths(TimeProvider time, IOptions<ComplaintGrainOptions> options)
{
    private long _lastDeathTicks;

    /// <summary>Real time, not the domain clock tests may move: membership runs on real time.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    public DateTimeOffset? LastDeath =>
        Volatile.Read(ref _lastDeathTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>This silo learned now that another silo was declared dead without leaving.</summary>
    public void Learned() => Volatile.Write(ref _lastDeathTicks, Now.UtcTicks);

    /// <summary>As if no death had been learned (tests that share a silo).</summary>
    internal void Forget() => Volatile.Write(ref _lastDeathTicks, 0);

    /// <summary>Whether a copy activated then must write before it answers a read (<see cref="StaleCopyFence"/>).</summary>
    public bool FenceRequired(DateTimeOffset activatedAt) =>
        StaleCopyFence.Required(activatedAt, LastDeath, options.Value.FenceAfterSiloLoss);
}
