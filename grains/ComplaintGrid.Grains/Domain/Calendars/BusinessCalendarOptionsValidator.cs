using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Calendars;

/// <summary>
/// Stops the silo at start-up when a calendar cannot be used: an unknown time zone, a malformed, empty or overlapping
/// span, a malformed holiday, or no opening at all. Each message names the key.
/// </summary>
public sealed class BusinessCalendarOptionsValidator : IValidateOptions<BusinessCalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (calendar, settings) in options.Calendars)
            BusinessCalendarCompiler.TryCompile(calendar, settings, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
