using Microsoft.AspNetCore.Builder;

namespace ComplaintGrid.Api.Web;

/// <summary>
/// The headers every answer carries: our pages run only our own scripts and styles and are never framed, nothing is
/// sniffed into another type, no address leaks to another site, API answers (personal data) are never cached, and a
/// browser that reached us over HTTPS keeps to it.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>For our pages: everything from this site only, no inline script, no framing, forms post here only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For Orleans' own dashboard, whose page we do not write: never framed, its scripts left as they are.</summary>
    public const string OrleansDashboardPolicy = "frame-ancestors 'none'";

    /// <summary>A year, the host only: other hosts of the domain may not serve HTTPS.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>Adds the headers to every response; call first, so refusals and errors carry them too.</summary>
    public static IApplicationBuilder UseComplaintGridSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // same-origin rather than no-referrer: with no-referrer browsers send "Origin: null" on our own form posts.
                headers["Referrer-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = request.Path.StartsWithSegments(DashboardRoutes.OrleansDashboard, StringComparison.OrdinalIgnoreCase)
                    ? OrleansDashboardPolicy
                    : ContentSecurityPolicy;
                if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                    headers.CacheControl = "no-store";
                // Only over HTTPS (browsers ignore it on plain HTTP): from then on the browser never tries this host unencrypted.
                if (request.IsHttps)
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
