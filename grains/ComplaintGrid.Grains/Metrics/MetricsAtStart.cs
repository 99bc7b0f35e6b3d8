using ComplaintGrid.Domain.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplaintGrid.Metrics;

/// <summary>Creates the configured departments' series at zero when the silo starts (see <see cref="ComplaintGridMetrics.StartAtZero"/>).</summary>
internal sealed class MetricsAtStart(ComplaintGridMetrics metrics, RoutingTable routing) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.StartAtZero(routing.Departments.Select(d => d.Id));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
