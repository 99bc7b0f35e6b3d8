using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth.Sso;

/// <summary>Stops start-up when single sign-on is half configured, naming the key.</summary>
public sealed class SsoOptionsValidator : IValidateOptions<SsoOptions>
{
    public ValidateOptionsResult Validate(string? name, SsoOptions options)
    {
        if (!options.Enabled)
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        var key = SsoOptions.SectionName;
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            failures.Add($"{key}:Authority must be the provider's absolute http(s) URL (got '{options.Authority}').");
        else if (options.RequireHttpsMetadata && authority.Scheme != "https")
            failures.Add($"{key}:Authority must use https, or {key}:RequireHttpsMetadata must be false (only for a provider on this machine).");
        if (string.IsNullOrWhiteSpace(options.ClientId))
            failures.Add($"{key}:ClientId is required with Authority.");
        foreach (var (field, value) in new[] { ("NameClaim", options.NameClaim), ("RoleClaim", options.RoleClaim), ("DepartmentsClaim", options.DepartmentsClaim) })
        {
            if (string.IsNullOrWhiteSpace(value))
                failures.Add($"{key}:{field} must name a claim.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
