using Microsoft.Extensions.Options;

namespace ComplaintGrid.Domain.Webhooks;

/// <summary>Stops the silo on a webhook setting that could never deliver, naming the key.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    /// <summary>Below this an HMAC key is guessable; 16 characters of a random string are ample.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Names become grain keys and log fields; a short, plain name keeps both readable.</summary>
    public const int MaximumNameLength = 64;

    /// <summary>Shards are grains per subscription; more than this spreads nothing further on any realistic cluster.</summary>
    public const int MaximumShards = 256;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var errors = new List<string>();
        const string section = WebhookOptions.SectionName;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Subscriptions.Count; i++)
        {
            var s = options.Subscriptions[i];
            var key = $"{section}:Subscriptions:{i}";
            if (string.IsNullOrEmpty(s.Name) || s.Name.Length > MaximumNameLength || !s.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                errors.Add($"{key}:Name must be 1 to {MaximumNameLength} letters, digits, '-' or '_'.");
            else if (!names.Add(s.Name))
                errors.Add($"{key}:Name '{s.Name}' is used by another subscription.");
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                errors.Add($"{key}:Url must be an absolute http or https URL.");
            if (s.Secret is null || s.Secret.Length < MinimumSecretLength)
                errors.Add($"{key}:Secret must be at least {MinimumSecretLength} characters.");
            if (s.Events.Count == 0)
                errors.Add($"{key}:Events must list event kinds ({string.Join(", ", Enum.GetNames<ComplaintEventKind>())}) or '*'.");
            for (var j = 0; j < s.Events.Count; j++)
            {
                if (s.Events[j] != "*" && !Enum.GetNames<ComplaintEventKind>().Contains(s.Events[j], StringComparer.OrdinalIgnoreCase))
                    errors.Add($"{key}:Events:{j} '{s.Events[j]}' is not an event kind; use one of {string.Join(", ", Enum.GetNames<ComplaintEventKind>())} or '*'.");
            }
        }
        if (options.Shards is < 1 or > MaximumShards)
            errors.Add($"{section}:Shards must be between 1 and {MaximumShards}.");
        Positive(errors, options.Timeout, "Timeout");
        Positive(errors, options.InitialRetryDelay, "InitialRetryDelay");
        Positive(errors, options.PollInterval, "PollInterval");
        Positive(errors, options.GiveUpAfter, "GiveUpAfter");
        Positive(errors, options.DedupeRetention, "DedupeRetention");
        if (options.MaxRetryDelay < options.InitialRetryDelay)
            errors.Add($"{section}:MaxRetryDelay must not be shorter than {section}:InitialRetryDelay.");
        if (options.MaxPendingPerQueue < 1)
            errors.Add($"{section}:MaxPendingPerQueue must be at least 1.");
        if (options.MaxConcurrentPerQueue < 1)
            errors.Add($"{section}:MaxConcurrentPerQueue must be at least 1.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            errors.Add($"{WebhookOptions.SectionName}:{name} must be positive.");
    }
}
