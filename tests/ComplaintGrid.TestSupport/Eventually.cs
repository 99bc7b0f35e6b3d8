namespace ComplaintGrid.TestSupport;

/// <summary>
/// Waits for something that happens in the background (a checkpoint, a redelivery, a silo joining) by re-checking a
/// condition until a generous deadline, and fails naming what did not happen. Waiting on the condition, not on a
/// fixed time, keeps a test right on a busy machine: it goes on as soon as the thing happened, and waits longer when
/// the machine is slow.
/// </summary>
public static class Eventually
{
    /// <summary>How long between checks when the caller does not say.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Completes once <paramref name="condition"/> holds; throws <see cref="EventuallyException"/> at the deadline.</summary>
    public static Task True(Func<bool> condition, string what, TimeSpan within, TimeSpan? interval = null) =>
        True(() => Task.FromResult(condition()), what, within, interval);

    /// <summary>Completes once <paramref name="condition"/> holds; throws <see cref="EventuallyException"/> at the deadline.</summary>
    public static async Task True(Func<Task<bool>> condition, string what, TimeSpan within, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        await Value(condition, done => done, what, within, interval);
    }

    /// <summary>
    /// Reads until <paramref name="done"/> holds for what was read and returns it; at the deadline throws
    /// <see cref="EventuallyException"/> with the last value read.
    /// </summary>
    public static Task<T> Value<T>(Func<T> read, Func<T, bool> done, string what, TimeSpan within, TimeSpan? interval = null) =>
        Value(() => Task.FromResult(read()), done, what, within, interval);

    /// <inheritdoc cref="Value{T}(Func{T}, Func{T, bool}, string, TimeSpan, TimeSpan?)"/>
    public static async Task<T> Value<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan within, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            if (TimeProvider.System.GetUtcNow() >= deadline)
                throw new EventuallyException($"Not within {within.TotalSeconds:0.#} s: {what} (last seen: {value}).");
            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> (assertions, say) until it completes without throwing; at the deadline throws
    /// <see cref="EventuallyException"/> carrying the last failure.
    /// </summary>
    public static async Task Succeeds(Func<Task> attempt, string what, TimeSpan within, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (true)
        {
            try
            {
                await attempt();
                return;
            }
            catch (Exception ex) when (ex is not EventuallyException)
            {
                if (TimeProvider.System.GetUtcNow() >= deadline)
                    throw new EventuallyException($"Not within {within.TotalSeconds:0.#} s: {what}. Last failure: {ex.Message}", ex);
            }
            await Task.Delay(interval ?? DefaultInterval);
        }
    }
}
