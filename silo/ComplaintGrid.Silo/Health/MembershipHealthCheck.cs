using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintGrid.Silo.Health;

/// <summary>
/// Ready only while this silo is Active in the cluster's membership table: a grain call alone may be answered by
/// other silos, so it does not prove that this one has joined (or that it is not shutting down).
/// </summary>
public sealed class MembershipHealthCheck(ISiloStatusOracle oracle) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(oracle.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy("Silo is active in the cluster.")
            : HealthCheckResult.Unhealthy($"Silo is {oracle.CurrentStatus}."));
}
