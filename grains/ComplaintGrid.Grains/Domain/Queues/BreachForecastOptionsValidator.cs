using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Queues;

/// <summary>
/// Both spans are at least a minute (the activity is counted by the minute) and at most the day of activity the view
/// keeps (<see cref="DepartmentQueue.ActivityWindow"/>).
/// </summary>
public sealed class BreachForecastOptionsValidator : IValidateOptions<BreachForecastOptions>
{
    private const string Section = BreachForecastOptions.SectionName;

    /// <summary>The shortest span: one activity bucket.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, BreachForecastOptions o)
    {
        var failures = new List<string>();
        Check(failures, "Horizon", o.Horizon);
        Check(failures, "RateWindow", o.RateWindow);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string key, TimeSpan value)
    {
        if (value < Shortest || value > DepartmentQueue.ActivityWindow)
            failures.Add($"{Section}:{key} must be between 00:01:00 and 1.00:00:00 (was {value}).");
    }
}
