using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// API keys for integrations, sent as <c>X-Api-Key: …</c>. Answers only requests that carry the header; others go
/// to Basic or the cookie. The key itself is never logged; a refusal logs only its length.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyOptions.HeaderName, out var values))
            return Task.FromResult(AuthenticateResult.NoResult());
        // Two keys in one request would leave it unclear who is calling.
        var presented = values.ToString();
        if (values.Count != 1 || keys.Find(presented) is not { } key)
        {
            AuthLog.ApiKeyRefused(Logger, presented.Length);
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(ApiKeyPrincipal.Create(key), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AuthProblems.Write(Context, StatusCodes.Status401Unauthorized);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AuthProblems.Write(Context, StatusCodes.Status403Forbidden);
}
