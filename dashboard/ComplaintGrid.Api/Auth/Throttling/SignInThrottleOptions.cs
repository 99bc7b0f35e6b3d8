namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>How failed password sign-ins (form and Basic) are slowed down (section <c>ComplaintGrid:Dashboard:SignInThrottle</c>).</summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "ComplaintGrid:Dashboard:SignInThrottle";

    /// <summary>Failures for one user name before it is locked; each further failure doubles the lockout.</summary>
    public int FailuresPerName { get; set; } = 5;

    /// <summary>Failures from one source address, whatever the names, before the address is locked.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>The first lockout; the next is twice as long, up to <see cref="MaximumLockout"/>.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaximumLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a failure is remembered when no other follows it.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Password checks run at once; further ones wait without holding a thread, so a burst of guesses cannot starve the
    /// requests that serve the board. Zero: half the processors, at least one.
    /// </summary>
    public int ConcurrentPasswordChecks { get; set; }

    /// <summary>Password checks that may wait for a turn; beyond that a sign-in is answered 429 at once.</summary>
    public int QueuedPasswordChecks { get; set; } = 200;
}
