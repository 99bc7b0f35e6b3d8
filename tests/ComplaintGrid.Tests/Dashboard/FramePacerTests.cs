using ComplaintGrid.Dashboard.Feed;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintGrid.Tests.Dashboard;

/// <summary>
/// The feed's pace: it waits before reading the cluster, never between a read and its frame, and keeps reads an
/// interval apart, and frames an interval apart even when a slow read is followed by a fast one.
/// </summary>
public sealed class FramePacerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly FakeTimeProvider _time = new();
    private readonly QueuedContinuations _continuations = new();

    [Fact]
    public async Task TheFirstRead_StartsAtOnce()
    {
        var pacer = new FramePacer(Interval, _time);

        await pacer.WaitForRead(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AReadWithoutAFrame_IsFollowedByTheNextReadAnIntervalAfterItStarted()
    {
        var pacer = new FramePacer(Interval, _time);
        await pacer.WaitForRead(CancellationToken.None);

        _time.Advance(TimeSpan.FromMilliseconds(40)); // the read took 40 ms and found nothing new
        var next = WaitForRead(pacer);
        _time.Advance(TimeSpan.FromMilliseconds(200)); // 240 ms after the read started
        AssertStillWaiting(next);

        _time.Advance(TimeSpan.FromMilliseconds(11));
        _continuations.RunQueued();
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AfterASlowRead_TheNextReadWaitsAnIntervalFromTheFrame_SoFramesStayAnIntervalApart()
    {
        var pacer = new FramePacer(Interval, _time);
        await pacer.WaitForRead(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(180)); // a slow read
        pacer.FrameSent();
        var firstFrame = _time.GetUtcNow();

        var next = WaitForRead(pacer);
        _time.Advance(TimeSpan.FromMilliseconds(249)); // 429 ms after the first read started, 249 after its frame
        AssertStillWaiting(next);

        _time.Advance(TimeSpan.FromMilliseconds(2));
        _continuations.RunQueued();
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        pacer.FrameSent(); // a fast read: its frame goes at once
        Assert.True(_time.GetUtcNow() - firstFrame >= Interval);
    }

    [Fact]
    public async Task Waiting_StopsWhenTheHostStops()
    {
        var pacer = new FramePacer(Interval, _time);
        await pacer.WaitForRead(CancellationToken.None);
        using var stopping = new CancellationTokenSource();

        var next = pacer.WaitForRead(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    /// <summary>
    /// Starts a wait whose continuations queue on <see cref="_continuations"/> instead of a test runner thread, so a
    /// test runs them (<see cref="AssertStillWaiting"/>) at a point it knows, after the fake clock's timers fired.
    /// </summary>
    private Task WaitForRead(FramePacer pacer)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_continuations);
        try
        {
            return pacer.WaitForRead(CancellationToken.None);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>Runs every continuation the clock's advance released; a wait a timer let through has finished by then.</summary>
    private void AssertStillWaiting(Task wait)
    {
        _continuations.RunQueued();
        Assert.False(wait.IsCompleted, "the pacer let a read start before its interval had passed");
    }
}
