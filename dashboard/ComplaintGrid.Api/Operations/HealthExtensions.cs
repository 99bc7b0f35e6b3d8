using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Api.Operations;

/// <summary>Liveness and readiness endpoints for load balancers and orchestrators (anonymous, JSON).</summary>
public static class HealthExtensions
{
    /// <summary>Liveness: the process is up and serving HTTP; no dependency is checked, so a slow database never restarts it.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: every check tagged <see cref="HealthTags.Ready"/> passes.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>A grain call or a storage probe slower than this counts as failed: a probe must answer before the balancer's own timeout.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the readiness checks every host has (drain, a grain call) and the drain delay at shutdown
    /// (<see cref="DrainOptions"/>); returns the builder for host-specific ones.
    /// </summary>
    public static IHealthChecksBuilder AddComplaintGridHealthChecks(this IServiceCollection services)
    {
        var builder = services.AddHealthChecks();
        // Idempotent: a host and a test fixture may both call this.
        if (services.Any(d => d.ServiceType == typeof(DrainHealthCheck)))
            return builder;
        services.AddSingleton<DrainHealthCheck>();
        services.AddSingleton<ClusterHealthCheck>();
        services.AddOptions<DrainOptions>().BindConfiguration(DrainOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<DrainDelayService>();
        return builder
            .AddCheck<DrainHealthCheck>("drain", tags: [HealthTags.Ready])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [HealthTags.Ready], timeout: CheckTimeout);
    }

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>; 200 when healthy, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapComplaintGridHealth(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        // Idempotent, like MapComplaintGridDashboard: a host and a test fixture may both map it.
        if (routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == ReadyPath))
            return routes;
        routes.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.Write }).AllowAnonymous();
        routes.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready), ResponseWriter = HealthResponseWriter.Write })
            .AllowAnonymous();
        return routes;
    }
}
