using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintGrid.Api.Operations;

/// <summary>
/// Ready when a grain call answers: the department directory, the same call the dashboard makes four times a second,
/// so the probe adds no new kind of load. It fails while the silo (or client) has not joined its cluster.
/// </summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var departments = await grains.GetGrain<IDepartmentDirectoryGrain>(0).List().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Grain call answered ({departments.Count} departments).");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("A grain call failed: not joined to a cluster that answers.", ex);
        }
    }
}
