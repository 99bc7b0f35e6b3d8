using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth.Throttling;

/// <summary>Stops start-up on a throttle that would lock nobody out or everybody out, naming the key.</summary>
public sealed class SignInThrottleOptionsValidator : IValidateOptions<SignInThrottleOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInThrottleOptions options)
    {
        var key = SignInThrottleOptions.SectionName;
        var failures = new List<string>();
        if (options.FailuresPerName is < 1 or > 1000)
            failures.Add($"{key}:FailuresPerName must be between 1 and 1000 (got {options.FailuresPerName}).");
        if (options.FailuresPerAddress is < 1 or > 100_000)
            failures.Add($"{key}:FailuresPerAddress must be between 1 and 100000 (got {options.FailuresPerAddress}).");
        if (options.FirstLockout < TimeSpan.FromSeconds(1) || options.FirstLockout > options.MaximumLockout)
            failures.Add($"{key}:FirstLockout must be at least 00:00:01 and at most MaximumLockout (got {options.FirstLockout}).");
        if (options.MaximumLockout > TimeSpan.FromDays(1))
            failures.Add($"{key}:MaximumLockout must be at most 1.00:00:00 (got {options.MaximumLockout}).");
        if (options.FailureMemory < TimeSpan.FromMinutes(1))
            failures.Add($"{key}:FailureMemory must be at least 00:01:00 (got {options.FailureMemory}).");
        if (options.ConcurrentPasswordChecks < 0)
            failures.Add($"{key}:ConcurrentPasswordChecks must be 0 (half the processors) or more (got {options.ConcurrentPasswordChecks}).");
        if (options.QueuedPasswordChecks < 0)
            failures.Add($"{key}:QueuedPasswordChecks must be 0 or more (got {options.QueuedPasswordChecks}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
