using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.Dashboard.Web;

/// <summary>The sign-in form at <c>/signin</c> and its style and script; the form posts to the API's sign-in endpoints.</summary>
internal static class SignInPage
{
    public static void MapSignInPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(DashboardAuthExtensions.SignInPath, (HttpResponse response) => DashboardAssets.Serve(response, "signin.html")).AllowAnonymous();
        routes.MapGet("/signin.css", (HttpResponse response) => DashboardAssets.Serve(response, "dashboard.css")).AllowAnonymous();
        routes.MapGet("/signin.js", (HttpResponse response) => DashboardAssets.Serve(response, "signin.js")).AllowAnonymous();
    }
}
