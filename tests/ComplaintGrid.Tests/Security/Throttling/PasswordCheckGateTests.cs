using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.Auth.Throttling;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Security.Throttling;

/// <summary>
/// Password hashing takes turns and its queue is bounded, so guesses cannot take every thread; and an unknown name
/// costs a real hash, so its answer is no quicker than a known name's.
/// </summary>
public sealed class PasswordCheckGateTests
{
    [Fact]
    public async Task ChecksTakeTurns_AndBeyondTheQueue_AreTurnedAwayAtOnce()
    {
        using var gate = new PasswordCheckGate(Options.Create(new SignInThrottleOptions { ConcurrentPasswordChecks = 1, QueuedPasswordChecks = 1 }));
        using var firstRunning = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var running = 0;
        var mostAtOnce = 0;
        int Check()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            firstRunning.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return 1;
        }

        var first = Task.Run(() => gate.Run(Check, CancellationToken.None));
        Assert.True(firstRunning.Wait(TimeSpan.FromSeconds(30)));
        var queued = gate.Run(Check, CancellationToken.None);
        var turnedAway = await gate.Run(Check, CancellationToken.None);
        release.Set();

        Assert.False(turnedAway.Ran);
        Assert.True((await first).Ran);
        Assert.True((await queued).Ran);
        Assert.Equal(1, mostAtOnce);
    }

    [Fact]
    public void UnknownNames_AreCheckedAgainstARealHash_OfFullStrength()
    {
        var standIn = DashboardUserStore.StandIn.Value;

        Assert.True(DashboardPasswords.IsWellFormedHash(standIn));
        Assert.StartsWith($"{DashboardPasswords.HashPrefix}{DashboardPasswords.Iterations}$", standIn, StringComparison.Ordinal);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
