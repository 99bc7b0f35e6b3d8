using ComplaintGrid.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Grains.StaleCopies;

/// <summary>
/// What this silo knows of other silos' deaths, for <see cref="StaleCopyFence"/>: the time it last learned of one.
/// Fed by <see cref="SiloDeathWatch"/>; read by every complaint copy, so a single field read, no lock.
/// </summary>
internal sealed class SiloDeaths(TimeProvider time, IOptions<ComplaintGrainOptions> options)
{
    private const long NoDeath = long.MinValue;
    private readonly long _origin = time.GetTimestamp();
    private long _lastDeathTicks = NoDeath;

    /// <summary>
    /// Time since this silo started, on a monotonic clock: a step of the wall clock (NTP) must not move a copy into or
    /// out of the window, and the domain clock tests may move is not membership's time either.
    /// </summary>
    public TimeSpan Now => time.GetElapsedTime(_origin);

    public TimeSpan? LastDeath => Volatile.Read(ref _lastDeathTicks) is var ticks and not NoDeath ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>This silo learned now that another silo was declared dead without leaving.</summary>
    public void Learned() => Volatile.Write(ref _lastDeathTicks, Now.Ticks);

    /// <summary>As if no death had been learned (tests that share a silo).</summary>
    internal void Forget() => Volatile.Write(ref _lastDeathTicks, NoDeath);

    /// <summary>Whether a copy activated then must write before it answers a read (<see cref="StaleCopyFence"/>).</summary>
    public bool FenceRequired(TimeSpan activatedAt) =>
        StaleCopyFence.Required(activatedAt, LastDeath, options.Value.FenceAfterSiloLoss);
}
