using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Queues;

/// <summary>Checks what attributes cannot: durations are positive and every red threshold is at least as strict as its amber one.</summary>
public sealed class QueueHealthOptionsValidator : IValidateOptions<QueueHealthOptions>
{
    private const string Section = QueueHealthOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, QueueHealthOptions o)
    {
        var failures = new List<string>();
        if (o.AmberUnacknowledgedAge <= TimeSpan.Zero)
            failures.Add($"{Section}:AmberUnacknowledgedAge must be greater than zero.");
        if (o.RedUnacknowledgedAge < o.AmberUnacknowledgedAge)
            failures.Add($"{Section}:RedUnacknowledgedAge must be at least AmberUnacknowledgedAge.");
        if (o.RedBreached < o.AmberBreached)
            failures.Add($"{Section}:RedBreached must be at least AmberBreached.");
        if (o.RedServiceLevel > o.AmberServiceLevel)
            failures.Add($"{Section}:RedServiceLevel must be at most AmberServiceLevel.");
        if (o.RedLoadPerAgent < o.AmberLoadPerAgent)
            failures.Add($"{Section}:RedLoadPerAgent must be at least AmberLoadPerAgent.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
