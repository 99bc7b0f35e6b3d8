using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using ComplaintGrid.Api.Auth.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// HTTP Basic for integrations and scripts (<c>curl -u supervisor:…</c>) against the same configured users as
/// the browser sign-in, throttled the same way. Answers only requests that carry a Basic header; others go to the cookie.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PasswordSignIn passwords) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    /// <summary>Seconds to wait, when the credentials were not checked because of a lockout.</summary>
    private int _retryAfterSeconds;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !SchemeName.Equals(header.Scheme, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter ?? ""));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("The Basic credentials are not base64.");
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return AuthenticateResult.Fail("The Basic credentials are not name:password.");
        var result = await passwords.Check(decoded[..colon], decoded[(colon + 1)..], Context.Connection.RemoteIpAddress, Context.RequestAborted);
        if (result.RetryAfter is not null)
        {
            _retryAfterSeconds = result.RetryAfterSeconds;
            return AuthenticateResult.Fail(SignInThrottled.Title);
        }
        if (result.User is not { } user)
            return AuthenticateResult.Fail("Unknown user or wrong password.");
        var principal = DashboardPrincipal.Create(user, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_retryAfterSeconds > 0)
            await SignInThrottled.Result(Context, _retryAfterSeconds).ExecuteAsync(Context);
        else
            await AuthProblems.Write(Context, StatusCodes.Status401Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AuthProblems.Write(Context, StatusCodes.Status403Forbidden);
}
