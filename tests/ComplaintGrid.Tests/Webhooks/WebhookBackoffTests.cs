using ComplaintGrid.Domain.Webhooks;

namespace ComplaintGrid.Tests.Webhooks;

public sealed class WebhookBackoffTests
{
    [Fact]
    public void Delay_DoublesFromTheInitialDelay_UntilTheCap()
    {
        var delays = Enumerable.Range(1, 12).Select(n => WebhookBackoff.Delay(n, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300], delays);
    }

    [Fact]
    public void Delay_ManyFailures_StaysAtTheCapWithoutOverflow() =>
        Assert.Equal(TimeSpan.FromMinutes(5), WebhookBackoff.Delay(int.MaxValue, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));

    [Fact]
    public void Delay_NoFailure_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WebhookBackoff.Delay(0, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));
}
