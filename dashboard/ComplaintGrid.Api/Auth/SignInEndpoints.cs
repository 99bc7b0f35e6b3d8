using System.Net;
using ComplaintGrid.Api.Auth.Sso;
using ComplaintGrid.Api.Auth.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// <c>/signin</c> (the POST; the form is a page of the dashboard's), single sign-on (<c>/signin/methods</c>,
/// <c>/signin/sso</c>, <c>/signin/complete</c>), <c>/signout</c>, and <c>/live/session</c> (who is signed in).
/// </summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(DashboardAuthExtensions.SignInPath, SignIn).AllowAnonymous().DisableAntiforgery();
        routes.MapPost(DashboardAuthExtensions.SignOutPath, (Delegate)SignOut).RequireAuthorization().DisableAntiforgery();
        routes.MapGet(DashboardAuthExtensions.SignInPath + "/methods", (IOptions<SsoOptions> sso) =>
            TypedResults.Ok(new { sso = sso.Value.Enabled ? sso.Value.DisplayName : null })).AllowAnonymous();
        routes.MapGet(DashboardAuthExtensions.SignInPath + "/sso", SignInWithSso).AllowAnonymous();
        routes.MapGet(DashboardAuthExtensions.SignInPath + "/complete", Complete).AllowAnonymous();
        routes.MapGet(DashboardRoutes.Page + "session", (HttpContext context) => TypedResults.Ok(new
        {
            name = context.User.Identity?.Name,
            role = DashboardRoles.SeeComplaints.FirstOrDefault(context.User.IsInRole) ?? DashboardRoles.Lead,
            // Empty: every department.
            departments = DepartmentAccess.Of(context.User),
        })).RequireAuthorization(DashboardPolicies.View);
    }

    private static async Task<IResult> SignIn(HttpContext context, PasswordSignIn passwords, ILoggerFactory loggers)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sign-in takes a form",
                detail: "POST /signin with application/x-www-form-urlencoded fields name and password (and returnUrl).");
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync();
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            // Too many fields, a broken multipart boundary, an over-long value: the caller's mistake, not ours.
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed sign-in form",
                detail: "POST /signin with application/x-www-form-urlencoded fields name and password (and returnUrl).",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.MalformedForm, ["field"] = "body" });
        }
        var name = form["name"].ToString();
        var password = form["password"].ToString();
        var returnUrl = LocalReturnUrl.Sanitize(form["returnUrl"].ToString());
        var logger = loggers.CreateLogger("ComplaintGrid.Dashboard.SignIn");
        var result = await passwords.Check(name, password, context.Connection.RemoteIpAddress, context.RequestAborted);
        if (result.RetryAfter is not null)
            return SignInThrottled.Result(context, result.RetryAfterSeconds);
        if (result.User is not { } user)
            return TypedResults.Redirect($"{DashboardAuthExtensions.SignInPath}?failed=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        var principal = DashboardPrincipal.Create(user, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        AuthLog.SignedIn(logger, user.Name, user.Role);
        return TypedResults.Redirect(returnUrl);
    }

    /// <summary>Sends the browser to the provider; it comes back through <see cref="Complete"/>.</summary>
    private static IResult SignInWithSso(string? returnUrl, IOptions<SsoOptions> sso)
    {
        if (!sso.Value.Enabled)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Single sign-on is not configured",
                detail: $"Set {SsoOptions.SectionName}:Authority and ClientId to sign in through an OpenID Connect provider.");
        var complete = $"{DashboardAuthExtensions.SignInPath}/complete?returnUrl={Uri.EscapeDataString(LocalReturnUrl.Sanitize(returnUrl))}";
        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = complete }, [SsoSignIn.Scheme]);
    }

    /// <summary>
    /// The last step of single sign-on: a page of ours that moves on to <paramref name="returnUrl"/>. The provider's
    /// redirect is a cross-site navigation, on which the browser withholds the SameSite=Strict session cookie; a
    /// navigation this page starts is same-site, so the board opens signed in.
    /// </summary>
    private static IResult Complete(string? returnUrl)
    {
        var target = WebUtility.HtmlEncode(LocalReturnUrl.Sanitize(returnUrl));
        return TypedResults.Content(
            $"<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url={target}\"><title>Signed in · ComplaintGrid</title><a href=\"{target}\">Continue</a>",
            "text/html; charset=utf-8");
    }

    private static async Task<IResult> SignOut(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect(DashboardAuthExtensions.SignInPath);
    }
}
