using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Operations;

/// <summary>
/// Holds the host's shutdown for <see cref="DrainOptions.Delay"/> before any service stops: readiness answers 503
/// (<see cref="DrainHealthCheck"/>) while the API, the hub and the silo still serve, so a load balancer takes the
/// host out of rotation before its port closes and no request in flight is refused.
/// </summary>
internal sealed class DrainDelayService(IHostApplicationLifetime lifetime, IOptions<DrainOptions> options, ILogger<DrainDelayService> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // Readiness keys off ApplicationStopping; a stop that began with StopAsync rather than a signal has not raised it yet.
        lifetime.StopApplication();
        var delay = options.Value.Delay;
        if (delay <= TimeSpan.Zero)
            return;
        OperationsLog.Draining(logger, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out first: stop now.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
