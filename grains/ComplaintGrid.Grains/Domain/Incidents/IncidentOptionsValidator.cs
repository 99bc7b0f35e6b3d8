using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Incidents;

/// <summary>Stops the silo at start-up on a window, minimum count or similarity threshold that cannot detect a burst.</summary>
public sealed class IncidentOptionsValidator : IValidateOptions<IncidentOptions>
{
    /// <summary>A window beyond a day groups unrelated complaints: a burst is minutes to hours.</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    /// <summary>Two complaints are a pair, not a burst.</summary>
    public const int SmallestMinimumCount = 2;

    /// <summary>A detection grain keeps a window's filings in memory; beyond this a burst is obvious long before.</summary>
    public const int LargestMinimumCount = 1000;

    public ValidateOptionsResult Validate(string? name, IncidentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Window <= TimeSpan.Zero || options.Window > LongestWindow)
            failures.Add($"{IncidentOptions.SectionName}:Window must be a positive time span of at most one day (as \"00:15:00\"); it is {options.Window}.");
        if (options.MinimumCount < SmallestMinimumCount || options.MinimumCount > LargestMinimumCount)
            failures.Add($"{IncidentOptions.SectionName}:MinimumCount must be from {SmallestMinimumCount} to {LargestMinimumCount}; it is {options.MinimumCount}.");
        if (!(options.SimilarityThreshold > 0 && options.SimilarityThreshold <= 1))
            failures.Add($"{IncidentOptions.SectionName}:SimilarityThreshold must be above 0 and at most 1; it is {options.SimilarityThreshold}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
