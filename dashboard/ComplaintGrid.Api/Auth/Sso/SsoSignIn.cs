using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Api.Auth.Sso;

/// <summary>
/// Registers sign-in through the OpenID Connect provider of <see cref="SsoOptions"/>: authorization code with PKCE,
/// the provider's claims mapped by <see cref="SsoClaims"/> into the same session cookie a password sign-in makes.
/// </summary>
internal static class SsoSignIn
{
    /// <summary>The authentication scheme, and how a session made by it says it was made.</summary>
    public const string Scheme = "sso";

    /// <summary>Where the provider sends the browser back.</summary>
    public const string CallbackPath = "/signin/sso/callback";

    public static void Add(AuthenticationBuilder authentication, SsoOptions sso)
    {
        authentication.AddOpenIdConnect(Scheme, sso.DisplayName, o =>
        {
            o.Authority = sso.Authority;
            o.ClientId = sso.ClientId;
            o.ClientSecret = sso.ClientSecret;
            o.RequireHttpsMetadata = sso.RequireHttpsMetadata;
            o.ResponseType = "code";
            o.UsePkce = true;
            // The answer comes back as a top-level GET, so the handler's own cookies can be SameSite=Lax and need no TLS
            // on a provider on this machine; form_post would need SameSite=None, which browsers drop without TLS.
            o.ResponseMode = "query";
            o.CallbackPath = CallbackPath;
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.Scope.Clear();
            foreach (var scope in sso.Scopes.Count > 0 ? sso.Scopes : ["openid", "profile"])
                o.Scope.Add(scope);
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnTokenValidated = context => Accept(context, sso);
            o.Events.OnRemoteFailure = context =>
            {
                // Never a stack trace: the sign-in page says why, and so does the log.
                var reason = context.Failure?.Message ?? "Single sign-on failed.";
                var logger = Logger(context.HttpContext);
                AuthLog.SsoRefused(logger, reason);
                context.Response.Redirect($"{DashboardAuthExtensions.SignInPath}?ssoFailed={Uri.EscapeDataString(reason)}");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    private static Task Accept(TokenValidatedContext context, SsoOptions sso)
    {
        var (user, refusal) = SsoClaims.Map(context.Principal!, sso);
        if (user is null)
        {
            context.Fail(refusal!);
            return Task.CompletedTask;
        }
        context.Principal = DashboardPrincipal.Create(user, Scheme);
        var logger = Logger(context.HttpContext);
        AuthLog.SignedIn(logger, user.Name, user.Role);
        return Task.CompletedTask;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ComplaintGrid.Dashboard.SignIn");
}
