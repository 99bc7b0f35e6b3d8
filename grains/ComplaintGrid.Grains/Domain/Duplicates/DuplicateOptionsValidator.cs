using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Duplicates;

/// <summary>Stops the silo at start-up on a window that is not positive or over a year, or a threshold outside (0, 1].</summary>
public sealed class DuplicateOptionsValidator : IValidateOptions<DuplicateOptions>
{
    /// <summary>A window beyond a year is a typing error: the customer's view would keep every filing of the year.</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(365);

    public ValidateOptionsResult Validate(string? name, DuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Window <= TimeSpan.Zero || options.Window > LongestWindow)
        {
            failures.Add($"{DuplicateOptions.SectionName}:Window must be a positive time span of at most {LongestWindow.Days} days (as \"14.00:00:00\"); it is {options.Window}.");
        }
        if (double.IsNaN(options.Threshold) || options.Threshold <= 0 || options.Threshold > 1)
        {
            failures.Add($"{DuplicateOptions.SectionName}:Threshold must be above 0 and at most 1 (a Jaccard similarity, as 0.6); it is {options.Threshold}.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
