using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Web;

/// <summary>
/// Refuses what another site makes a browser send here: any state-changing request (signing in included) and any
/// request to the live feed's hub whose <c>Sec-Fetch-Site</c> says it came from elsewhere, or whose <c>Origin</c> is
/// neither this site nor one configured in <see cref="DashboardAuthOptions.AllowedOrigins"/>. Programs that send
/// neither header (curl, integrations, the .NET clients) are not browsers acting for someone, and pass.
/// </summary>
public static class CrossSiteRequestGuard
{
    public const string Code = ErrorCodes.CrossSite;

    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var guarded = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                || request.Path.StartsWithSegments(DashboardRoutes.Hub, StringComparison.OrdinalIgnoreCase);
            if (guarded && IsCrossSite(request, context.RequestServices.GetRequiredService<IOptions<DashboardAuthOptions>>().Value.AllowedOrigins))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                var problem = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Not from another site",
                    Detail = "This request was started by another site; it is accepted only from ComplaintGrid's own pages.",
                    Type = $"https://complaintgrid.dev/errors/{Code}",
                    Instance = request.Path,
                };
                problem.Extensions["code"] = Code;
                problem.Extensions["field"] = "Origin";
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
                return;
            }
            await next(context);
        });

    private static bool IsCrossSite(HttpRequest request, IReadOnlyCollection<string> allowedOrigins)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var allowedOrigin = origin.Length > 0 && (string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));
        // The browser's own word on where the request came from decides when it is given; an allowed origin speaks for a
        // configured other site. Browsers that do not send it still send Origin on every cross-site state change.
        if (fetchSite.Length > 0)
            return fetchSite is not ("same-origin" or "none") && !allowedOrigin;
        return origin.Length > 0 && !allowedOrigin;
    }
}
