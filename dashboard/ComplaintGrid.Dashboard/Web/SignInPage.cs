using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Dashboard.Web;

/// <summary>
/// The sign-in form at <c>/signin</c> and its style and script; the form posts to the API's sign-in endpoints. Also the
/// site's icon, for every page and for anyone: at <c>/favicon.svg</c> (which the pages link) and at <c>/favicon.ico</c>,
/// where browsers look for it unasked.
/// </summary>
internal static class SignInPage
{
    public static void MapSignInPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(DashboardAuthExtensions.SignInPath, (HttpResponse response) => DashboardAssets.Serve(response, "signin.html")).AllowAnonymous();
        routes.MapGet("/signin.css", (HttpResponse response) => DashboardAssets.Serve(response, "dashboard.css")).AllowAnonymous();
        routes.MapGet("/signin.js", (HttpResponse response) => DashboardAssets.Serve(response, "signin.js")).AllowAnonymous();
        routes.MapGet("/favicon.svg", (HttpResponse response) => DashboardAssets.Serve(response, "favicon.svg")).AllowAnonymous();
        routes.MapGet("/favicon.ico", (HttpResponse response) => DashboardAssets.Serve(response, "favicon.svg")).AllowAnonymous();
    }
}
