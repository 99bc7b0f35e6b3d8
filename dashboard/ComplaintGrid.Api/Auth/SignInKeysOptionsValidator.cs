using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>Stops start-up when the keys directory is relative: it would move with the working directory, and with it every sign-in.</summary>
public sealed class SignInKeysOptionsValidator : IValidateOptions<SignInKeysOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInKeysOptions options) =>
        options.Directory is { } directory && !Path.IsPathFullyQualified(directory)
            ? ValidateOptionsResult.Fail($"{SignInKeysOptions.SectionName}:Directory must be an absolute path (got '{directory}').")
            : ValidateOptionsResult.Success;
}
