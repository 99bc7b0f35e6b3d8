using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api;

/// <summary>Stops start-up on a rate limit that could never admit a request, naming the key.</summary>
public sealed class ApiRateLimitOptionsValidator : IValidateOptions<ApiRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiRateLimitOptions options)
    {
        var failures = new List<string>();
        if (!ApiRateLimits.IsValidRate(options.PermitsPerSecond))
            failures.Add($"{ApiRateLimitOptions.SectionName}:PermitsPerSecond must be between {ApiRateLimits.MinimumRate} and {ApiRateLimits.MaximumRate} (got {options.PermitsPerSecond}).");
        if (!ApiRateLimits.IsValidBurst(options.Burst))
            failures.Add($"{ApiRateLimitOptions.SectionName}:Burst must be between 1 and {ApiRateLimits.MaximumBurst} (got {options.Burst}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
