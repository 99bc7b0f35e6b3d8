using ComplaintGrid.Simulator;
using ComplaintGrid.TestSupport.Time;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>The compressed clock: its time and its timers run at the scale.</summary>
public sealed class ScaledTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_ARealSecondAtSixty_AMinutePasses()
    {
        var real = new TimerWatchingTimeProvider(Start);
        var scaled = new ScaledTimeProvider(real, 60, Start.AddDays(-1));
        var before = scaled.GetTimestamp();

        real.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Start.AddDays(-1).AddMinutes(1), scaled.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(1), scaled.GetElapsedTime(before));
    }

    [Fact]
    public async Task Delay_AnHourAtThreeThousandSixHundred_EndsAfterARealSecond()
    {
        var real = new TimerWatchingTimeProvider(Start);
        var scaled = new ScaledTimeProvider(real, 3600);
        var timer = real.NextTimer(TimeSpan.FromSeconds(1));

        var delay = Task.Delay(TimeSpan.FromHours(1), scaled);
        await timer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(delay.IsCompleted);
        real.Advance(TimeSpan.FromSeconds(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
