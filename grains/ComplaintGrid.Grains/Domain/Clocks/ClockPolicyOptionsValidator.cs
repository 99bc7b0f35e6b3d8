using ComplaintGrid.Domain.Routing;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// Stops the silo at start-up when an allowance makes no sense (zero, negative or over a year) or an override
/// names a department that is not configured (a typo would otherwise be ignored silently).
/// </summary>
public sealed class ClockPolicyOptionsValidator(IOptions<RoutingOptions>? routing = null) : IValidateOptions<ClockPolicyOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, ClockPolicyOptions options)
    {
        var failures = new List<string>();
        foreach (var (severity, settings) in options.Defaults)
            Check($"{ClockPolicyOptions.SectionName}:Defaults:{severity}", settings, failures);
        var departments = routing?.Value.Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (department, bySeverity) in options.Departments)
        {
            if (departments is not null && !departments.Contains(department))
                failures.Add($"{ClockPolicyOptions.SectionName}:Departments:{department} names a department that is not configured under {RoutingOptions.SectionName}:Departments.");
            foreach (var (severity, settings) in bySeverity)
                Check($"{ClockPolicyOptions.SectionName}:Departments:{department}:{severity}", settings, failures);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string key, ClockAllowanceSettings settings, List<string> failures)
    {
        Check($"{key}:FirstResponse", settings.FirstResponse, failures);
        Check($"{key}:CustomerUpdate", settings.CustomerUpdate, failures);
        Check($"{key}:Resolution", settings.Resolution, failures);
    }

    private static void Check(string key, TimeSpan? value, List<string> failures)
    {
        if (value is { } v && (v <= TimeSpan.Zero || v > Longest))
            failures.Add($"{key} must be a duration greater than zero and at most 365 days (got {v}).");
    }
}
