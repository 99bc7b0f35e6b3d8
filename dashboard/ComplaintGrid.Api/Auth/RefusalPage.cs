using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// The 403 a browser gets when its user is signed in with a role the page is not for (an operator opening the board,
/// a lead opening Orleans' dashboard): a small page saying who is signed in, why it is refused and how to sign in as
/// someone else, where the problem details would be raw JSON. API clients (no <c>text/html</c> in Accept) keep problem+json.
/// </summary>
internal static class RefusalPage
{
    /// <summary>True for a browser's navigation: it asks for HTML.</summary>
    public static bool Wanted(HttpRequest request) =>
        new RequestHeaders(request.Headers).Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task Write(HttpContext context, string detail)
    {
        var name = WebUtility.HtmlEncode(context.User.Identity?.Name ?? "(unknown)");
        var role = WebUtility.HtmlEncode(context.User.FindFirst(ClaimTypes.Role)?.Value ?? "(none)");
        var path = WebUtility.HtmlEncode(context.Request.Path.Value ?? "/");
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Not for your role · ComplaintGrid</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/signin.css">
            </head>
            <body class="signin">
              <main class="signin-card" data-testid="refused">
                <h1>Not for your role</h1>
                <p>You are signed in as <strong data-field="user">{{name}}</strong> (<span data-field="role">{{role}}</span>), and <code>{{path}}</code> is not for that role.</p>
                <p class="muted">{{WebUtility.HtmlEncode(detail)}}</p>
                <form method="post" action="{{DashboardAuthExtensions.SignOutPath}}">
                  <button type="submit">Sign out and sign in as someone else</button>
                </form>
              </main>
            </body>
            </html>
            """);
    }
}
