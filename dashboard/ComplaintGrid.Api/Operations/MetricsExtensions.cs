using ComplaintGrid.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Prometheus;

namespace ComplaintGrid.Api.Operations;

/// <summary>Maps the Prometheus scrape endpoint in the silo and in the stand-alone dashboard host.</summary>
public static class MetricsExtensions
{
    /// <summary>The scrape path.</summary>
    public const string Path = "/metrics";

    /// <summary>
    /// Maps <c>/metrics</c>: ComplaintGrid's meter, the dashboard's series, and every other meter of the process (Orleans'
    /// <c>microsoft_orleans_*</c>, .NET runtime, ASP.NET Core) through prometheus-net. Only for the <c>operator</c> role
    /// (Prometheus signs in with <c>basic_auth</c>): the labels carry no complaint or customer data, but the figures
    /// describe the contact centre's workload and are nobody else's business.
    /// </summary>
    public static IEndpointRouteBuilder MapComplaintGridMetrics(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ComplaintGridMeterBridge.EnsureStarted();
        // Idempotent, like MapComplaintGridDashboard: a host and a test fixture may both map it.
        if (!routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == Path))
            routes.MapMetrics(Path).RequireAuthorization(DashboardPolicies.Operate);
        return routes;
    }
}
