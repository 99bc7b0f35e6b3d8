namespace ComplaintGrid.Tests.Grains;

/// <summary>Waits for something the cluster does in the background (checkpoints, redeliveries), polling, up to a limit.</summary>
internal static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Not within {within.TotalSeconds:0} s: {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
