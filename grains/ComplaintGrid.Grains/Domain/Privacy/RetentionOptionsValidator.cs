using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Privacy;

/// <summary>Stops start-up on a retention period that is not positive or too long to add to a date.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    /// <summary>A century: beyond it a period is a typing error, and a date plus it may overflow.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(36_525);

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ClosedTextsAfter is { } after && (after <= TimeSpan.Zero || after > Longest))
        {
            return ValidateOptionsResult.Fail(
                $"{RetentionOptions.SectionName}:ClosedTextsAfter must be a positive time span of at most {Longest.Days} days (as \"30.00:00:00\"), or unset to keep texts; it is {after}.");
        }
        return ValidateOptionsResult.Success;
    }
}
