using ComplaintGrid.Api;
using ComplaintGrid.Api.Auth;
using ComplaintGrid.Dashboard.Feed;
using ComplaintGrid.Dashboard.Hub;
using ComplaintGrid.Dashboard.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Dashboard;

/// <summary>
/// Registers and maps the live dashboard (sign-in, page, SignalR hub, feed), in the silo or in a stand-alone
/// web host that is an Orleans client: it needs only an <see cref="IGrainFactory"/>.
/// </summary>
public static class DashboardExtensions
{
    public static IServiceCollection AddComplaintGridDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Idempotent: a host (or a test fixture) that wires the dashboard twice still runs one feed.
        if (services.Any(d => d.ServiceType == typeof(DashboardFeed)))
            return services;
        services.AddComplaintGridAuthentication(configuration);
        services.AddOptions<DashboardFeedOptions>().Bind(configuration.GetSection(DashboardFeedOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DashboardFeed>();
        services.AddHostedService<DashboardFeedService>();
        services.AddSingleton<LiveSessions>();
        services.AddHostedService<LiveSessionWatch>();
        services.AddSignalR().AddJsonProtocol(o => ComplaintGridJson.Apply(o.PayloadSerializerOptions));
        return services;
    }

    /// <summary>Maps <c>/signin</c>, <c>/signout</c>, the page under <c>/live/</c> and the hub at <c>/hub/dashboard</c>.</summary>
    public static IEndpointRouteBuilder MapComplaintGridDashboard(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        if (routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == DashboardRoutes.Hub))
            return routes;
        routes.MapSignInPage();
        routes.MapSignIn();
        // One route for the page and its assets: the catch-all also matches "/live" and "/live/" (routing ignores a trailing slash).
        routes.MapGet(DashboardRoutes.Page + "{**path}", (string? path, HttpResponse response) =>
                DashboardAssets.Serve(response, string.IsNullOrEmpty(path) ? "index.html" : path))
            .RequireAuthorization(DashboardPolicies.View);
        routes.MapHub<DashboardHub>(DashboardRoutes.Hub);
        return routes;
    }
}
