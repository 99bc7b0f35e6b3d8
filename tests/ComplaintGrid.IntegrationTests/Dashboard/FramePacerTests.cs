using ComplaintGrid.Dashboard.Feed;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The feed's pace: it waits before reading the cluster, never between a read and its frame, and keeps reads an
/// interval apart, and frames an interval apart even when a slow read is followed by a fast one.
/// </summary>
public sealed class FramePacerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly FakeTimeProvider _time = new();

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
        var next = pacer.WaitForRead(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(200)); // 240 ms after the read started
        await AssertStillWaiting(next);

        _time.Advance(TimeSpan.FromMilliseconds(11));
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

        var next = pacer.WaitForRead(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(249)); // 429 ms after the first read started, 249 after its frame
        await AssertStillWaiting(next);

        _time.Advance(TimeSpan.FromMilliseconds(2));
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

    private static async Task AssertStillWaiting(Task wait)
    {
        // Continuations of the fake clock's timers may run on another thread: give one a moment to (wrongly) finish.
        await Task.Delay(50);
        Assert.False(wait.IsCompleted, "the pacer let a read start before its interval had passed");
    }
}
