namespace ComplaintGrid.Simulator;

/// <summary>
/// A clock that runs <see cref="Scale"/> times faster than the one beneath it, from <see cref="Origin"/>: the compressed
/// demo mode, where a simulated day passes in minutes. Timers and delays made on it shrink by the same factor, so
/// anything that waits on it (the simulator's agents and arrivals) keeps pace with what it reads.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly long _startTimestamp;

    /// <summary>Starts the scaled clock at <paramref name="origin"/> (the inner clock's now when null).</summary>
    /// <param name="inner">The real clock.</param>
    /// <param name="scale">Simulated time per unit of real time; above 0.</param>
    /// <param name="origin">The simulated time at the moment of construction.</param>
    public ScaledTimeProvider(TimeProvider inner, double scale, DateTimeOffset? origin = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        _inner = inner;
        Scale = scale;
        _startTimestamp = inner.GetTimestamp();
        Origin = origin ?? inner.GetUtcNow();
    }

    /// <summary>Simulated time per unit of real time.</summary>
    public double Scale { get; }

    /// <summary>The simulated time the clock started at.</summary>
    public DateTimeOffset Origin { get; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Origin + _inner.GetElapsedTime(_startTimestamp) * Scale;

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override long GetTimestamp() => _startTimestamp + (long)((_inner.GetTimestamp() - _startTimestamp) * Scale);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_inner.CreateTimer(callback, state, Shrink(dueTime), Shrink(period)), this);

    private TimeSpan Shrink(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span == TimeSpan.Zero ? span : span / Scale;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Shrink(dueTime), clock.Shrink(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
