using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>Stops start-up when a configured API key is ambiguous, unusable or grants an unknown scope, naming the key (never its value).</summary>
public sealed partial class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var prefix = $"{ApiKeyOptions.SectionName}:Keys:{i}";
            var key = options.Keys[i];
            if (!KeyName().IsMatch(key.Name ?? ""))
                failures.Add($"{prefix}:Name must be 1–64 letters, digits or . _ - @ (got '{key.Name}').");
            else if (!names.Add(key.Name!))
                failures.Add($"{prefix}:Name '{key.Name}' is configured twice.");
            else if (ReservedActors.IsReserved(key.Name!))
                failures.Add($"{prefix}:Name '{key.Name}' is reserved for ComplaintGrid's own timeline entries ({string.Join(", ", ReservedActors.All)}).");
            CheckKey(prefix, key, digests, failures);
            if (key.Scopes is not { Count: > 0 })
                failures.Add($"{prefix}:Scopes must name at least one of {string.Join(", ", ApiScopes.All)}.");
            else
                failures.AddRange(key.Scopes.Where(s => !ApiScopes.All.Contains(s ?? "", StringComparer.OrdinalIgnoreCase))
                    .Select(s => $"{prefix}:Scopes has '{s}'; scopes are {string.Join(", ", ApiScopes.All)}."));
            if (key.PermitsPerSecond is { } rate && !ApiRateLimits.IsValidRate(rate))
                failures.Add($"{prefix}:PermitsPerSecond must be between {ApiRateLimits.MinimumRate} and {ApiRateLimits.MaximumRate} (got {rate}).");
            if (key.Burst is { } burst && !ApiRateLimits.IsValidBurst(burst))
                failures.Add($"{prefix}:Burst must be between 1 and {ApiRateLimits.MaximumBurst} (got {burst}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKey(string prefix, ApiKeyDefinition key, Dictionary<string, string> digests, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(key.Key))
        {
            failures.Add($"{prefix}:Key is required (the key, or its hash from ApiKeyHashes.Hash: sha256$<base64>).");
            return;
        }
        var isHash = key.Key.StartsWith(ApiKeyHashes.HashPrefix, StringComparison.Ordinal);
        if (!isHash && key.Key.Length < ApiKeyHashes.MinimumKeyLength)
        {
            failures.Add($"{prefix}:Key must be at least {ApiKeyHashes.MinimumKeyLength} characters, or a sha256$ hash.");
            return;
        }
        if (ApiKeyHashes.DigestOfConfigured(key.Key) is not { } digest)
        {
            failures.Add($"{prefix}:Key looks like a hash but is not sha256$<base64 of 32 bytes>.");
            return;
        }
        // The same key for two integrations would make one unaccountable for the other's calls.
        if (!digests.TryAdd(Convert.ToBase64String(digest), key.Name ?? ""))
            failures.Add($"{prefix}:Key is the same key as '{digests[Convert.ToBase64String(digest)]}'; give each integration its own.");
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex KeyName();
}
