using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>
/// Counts failed password sign-ins per user name and per source address and locks either once it has failed too often,
/// for a lockout that doubles with each further failure. Unknown names are counted like known ones, so a lockout tells
/// nothing about which names exist. Kept per host: behind a load balancer a guesser gets each host's allowance.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    /// <summary>Beyond this many remembered names or addresses, forgotten ones are swept out.</summary>
    private const int SweepAbove = 50_000;

    private readonly SignInThrottleOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, FailureCount> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, FailureCount> _addresses = new(StringComparer.Ordinal);

    /// <summary>How long until <paramref name="name"/> or <paramref name="address"/> may try again; null when neither is locked.</summary>
    public TimeSpan? LockedFor(string name, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        if (_names.TryGetValue(name, out var byName))
            wait = Max(wait, Remaining(byName, now));
        if (address is not null && _addresses.TryGetValue(Key(address), out var byAddress))
            wait = Max(wait, Remaining(byAddress, now));
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a failure; the lockout it starts, if any, is what <see cref="LockedFor"/> answers next.</summary>
    public void Failed(string name, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        Count(_names, name, _options.FailuresPerName, now);
        if (address is not null)
            Count(_addresses, Key(address), _options.FailuresPerAddress, now);
    }

    /// <summary>A correct password forgets the name's failures; the address's stay, as they may be other names'.</summary>
    public void Succeeded(string name) => _names.TryRemove(name, out _);

    private void Count(ConcurrentDictionary<string, FailureCount> counts, string key, int allowed, DateTimeOffset now)
    {
        if (counts.Count > SweepAbove)
            Sweep(counts, now);
        var count = counts.GetOrAdd(key, _ => new FailureCount());
        lock (count)
        {
            if (now - count.LastFailure > _options.FailureMemory && count.LockedUntil <= now)
                count.Failures = 0;
            count.Failures++;
            count.LastFailure = now;
            if (count.Failures >= allowed)
                count.LockedUntil = now + Lockout(count.Failures - allowed);
        }
    }

    /// <summary>The first lockout, doubled for each failure beyond the allowance, at most the maximum.</summary>
    private TimeSpan Lockout(int beyond)
    {
        var lockout = _options.FirstLockout;
        for (var i = 0; i < beyond && lockout < _options.MaximumLockout; i++)
            lockout *= 2;
        return lockout < _options.MaximumLockout ? lockout : _options.MaximumLockout;
    }

    private void Sweep(ConcurrentDictionary<string, FailureCount> counts, DateTimeOffset now)
    {
        foreach (var (key, count) in counts)
        {
            if (now - count.LastFailure > _options.FailureMemory && count.LockedUntil <= now)
                counts.TryRemove(key, out _);
        }
    }

    private static TimeSpan Remaining(FailureCount count, DateTimeOffset now)
    {
        lock (count)
            return count.LockedUntil - now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>An IPv4 client seen through a dual-stack socket counts as its IPv4 address.</summary>
    private static string Key(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
