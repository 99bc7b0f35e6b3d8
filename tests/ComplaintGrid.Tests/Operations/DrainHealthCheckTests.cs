using ComplaintGrid.Api.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintGrid.Tests.Operations;

public sealed class DrainHealthCheckTests
{
    [Fact]
    public async Task Check_WhenTheHostIsStopping_IsUnhealthy()
    {
        using var lifetime = new StubLifetime();
        var check = new DrainHealthCheck(lifetime);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        lifetime.StopApplication();

        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public void MeterName_IsTheOneTheGrainsRecordOn() =>
        Assert.Equal(ComplaintGrid.Metrics.ComplaintGridMetrics.MeterName, "ComplaintGrid");
}
