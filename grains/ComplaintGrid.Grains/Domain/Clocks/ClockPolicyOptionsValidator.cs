using System.Globalization;
using ComplaintGrid.Domain.Calendars;
using ComplaintGrid.Domain.Routing;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Clocks;

/// <summary>
/// Stops the silo at start-up when an allowance makes no sense (zero, negative or over a year), a tier's factor is out
/// of range, an override or a calendar assignment names a department that is not configured, or a department names a
/// calendar that is not (a typo would otherwise be ignored silently).
/// </summary>
public sealed class ClockPolicyOptionsValidator(IOptions<RoutingOptions>? routing = null, IOptions<BusinessCalendarOptions>? calendars = null)
    : IValidateOptions<ClockPolicyOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    /// <summary>The largest tier factor: more than ten times the allowance is a typo, not an entitlement.</summary>
    public const double LargestFactor = 10.0;

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
        foreach (var (department, calendar) in options.DepartmentCalendars)
        {
            var key = $"{ClockPolicyOptions.SectionName}:DepartmentCalendars:{department}";
            if (departments is not null && !departments.Contains(department))
                failures.Add($"{key} names a department that is not configured under {RoutingOptions.SectionName}:Departments.");
            if (string.IsNullOrWhiteSpace(calendar))
                failures.Add($"{key} must name a calendar configured under {BusinessCalendarOptions.SectionName}.");
            else if (ConfiguredCalendars() is { } configured && !configured.ContainsKey(calendar))
                failures.Add($"{key} names calendar '{calendar}', which is not configured under {BusinessCalendarOptions.SectionName}.");
        }
        foreach (var (tier, entitlement) in options.Tiers)
        {
            var key = $"{ClockPolicyOptions.SectionName}:Tiers:{tier}";
            if (entitlement.Factor is { } factor && !(factor > 0 && factor <= LargestFactor))
            {
                failures.Add($"{key}:Factor must be greater than 0 and at most {LargestFactor.ToString(CultureInfo.InvariantCulture)} (got {factor.ToString(CultureInfo.InvariantCulture)}).");
            }
            foreach (var (severity, settings) in entitlement.Severities)
                Check($"{key}:Severities:{severity}", settings, failures);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Null when the calendars themselves are refused: their validator names what is wrong, once.
    private Dictionary<string, BusinessCalendarSettings>? ConfiguredCalendars()
    {
        if (calendars is null)
            return [];
        try
        {
            return calendars.Value.Calendars;
        }
        catch (OptionsValidationException)
        {
            return null;
        }
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
