using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace ComplaintGrid.Api.Operations;

/// <summary>Not ready once the host is stopping, so load balancers stop sending work while the host drains.</summary>
public sealed class DrainHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Stopping: draining.")
            : HealthCheckResult.Healthy("Running."));
}
