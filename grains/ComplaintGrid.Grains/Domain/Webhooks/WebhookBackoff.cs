namespace ComplaintGrid.Domain.Webhooks;

/// <summary>Exponential backoff for one delivery: initial, 2×, 4× … capped.</summary>
public static class WebhookBackoff
{
    /// <summary>The wait after the <paramref name="failures"/>-th failed attempt (1 for the first failure).</summary>
    public static TimeSpan Delay(int failures, TimeSpan initial, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        // Doubling past 2^30 overflows long before any cap matters, so stop doubling once past the cap.
        var delay = initial;
        for (var i = 1; i < failures && delay < max; i++)
            delay += delay;
        return delay < max ? delay : max;
    }
}
