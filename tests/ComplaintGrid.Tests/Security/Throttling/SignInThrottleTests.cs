using System.Net;
using ComplaintGrid.Api.Auth.Throttling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintGrid.Tests.Security.Throttling;

/// <summary>The lockout's arithmetic, on a clock the test moves: it starts at the allowance, doubles, caps and is forgotten.</summary>
public sealed class SignInThrottleTests
{
    private static readonly IPAddress Source = IPAddress.Parse("203.0.113.7");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    private SignInThrottle Throttle(int perName = 3, int perAddress = 100) => new(Options.Create(new SignInThrottleOptions
    {
        FailuresPerName = perName,
        FailuresPerAddress = perAddress,
        FirstLockout = TimeSpan.FromSeconds(30),
        MaximumLockout = TimeSpan.FromMinutes(2),
        FailureMemory = TimeSpan.FromMinutes(30),
    }), _clock);

    [Fact]
    public void LockoutStartsAtTheAllowance_DoublesWithEachFurtherFailure_UpToTheMaximum()
    {
        var throttle = Throttle();
        throttle.Failed("amy", Source);
        throttle.Failed("amy", Source);
        Assert.Null(throttle.LockedFor("amy", Source));

        var lockouts = new List<TimeSpan?>();
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("amy", Source);
            lockouts.Add(throttle.LockedFor("AMY", Source));
            _clock.Advance(lockouts[^1]!.Value);
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(120)], lockouts);
        Assert.Null(throttle.LockedFor("amy", Source));
    }

    [Fact]
    public void Success_ForgetsTheName_AndQuietTime_ForgetsOldFailures()
    {
        var throttle = Throttle();
        throttle.Failed("amy", Source);
        throttle.Failed("amy", Source);
        throttle.Succeeded("amy");
        throttle.Failed("amy", Source);
        throttle.Failed("amy", Source);
        Assert.Null(throttle.LockedFor("amy", Source));

        _clock.Advance(TimeSpan.FromMinutes(31));
        throttle.Failed("amy", Source);

        Assert.Null(throttle.LockedFor("amy", Source));
    }

    [Fact]
    public void ManyNamesFromOneAddress_LockTheAddress_ForEveryName_ButNotOtherAddresses()
    {
        var throttle = Throttle(perName: 100, perAddress: 5);
        for (var i = 0; i < 5; i++)
            throttle.Failed($"guess-{i}", Source);

        Assert.Equal(TimeSpan.FromSeconds(30), throttle.LockedFor("lead-leo", Source));
        Assert.Null(throttle.LockedFor("lead-leo", IPAddress.Parse("198.51.100.1")));
        Assert.Equal(TimeSpan.FromSeconds(30), throttle.LockedFor("lead-leo", Source.MapToIPv6()));
    }
}
