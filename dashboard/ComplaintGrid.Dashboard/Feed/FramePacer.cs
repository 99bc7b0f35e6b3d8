namespace ComplaintGrid.Dashboard.Feed;

/// <summary>
/// Decides when the feed reads the cluster. The feed waits *before* it reads and sends a frame as soon as the read
/// returns, so a frame shows what the grains held when it was sent: a wait between the read and the send would let
/// every frame show what they held up to an interval earlier. A read comes at least one interval after the previous
/// read, or after the previous frame when that read produced one, so frames also keep at least an interval apart.
/// </summary>
internal sealed class FramePacer(TimeSpan interval, TimeProvider time)
{
    // Timers may wake a millisecond early; waiting a millisecond longer avoids a second, sub-millisecond wait.
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(1);

    private long? _mark;

    /// <summary>Completes when the next read may start, and counts that read as started.</summary>
    public async Task WaitForRead(CancellationToken cancellationToken)
    {
        // Checked again after each wait rather than trusting one delay.
        while (_mark is { } mark && time.GetElapsedTime(mark) is var since && since < interval)
            await Task.Delay(interval - since + TimerSlack, time, cancellationToken);
        _mark = time.GetTimestamp();
    }

    /// <summary>Called as a frame is sent: the next read waits an interval from now.</summary>
    public void FrameSent() => _mark = time.GetTimestamp();
}
