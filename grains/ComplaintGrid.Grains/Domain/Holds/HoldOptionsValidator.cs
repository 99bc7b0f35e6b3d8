using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Holds;

/// <summary>Stops the silo at start-up on a longest hold that is not positive or longer than a year.</summary>
public sealed class HoldOptionsValidator : IValidateOptions<HoldOptions>
{
    /// <summary>A hold beyond a year is a typing error, not a wait on a customer.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, HoldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (severity, longest) in options.Longest)
        {
            if (longest <= TimeSpan.Zero || longest > Longest)
            {
                failures.Add($"{HoldOptions.SectionName}:Longest:{severity} must be a positive time span of at most {Longest.Days} days (as \"7.00:00:00\"); it is {longest}.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
