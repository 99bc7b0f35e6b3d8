using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Client.Simulation;

/// <summary>Runs the <see cref="CallCentreSimulator"/> for the host's lifetime when <see cref="SimulatorOptions.Enabled"/>.</summary>
internal sealed class SimulatorHostedService(
    IGrainFactory grains,
    IOptions<SimulatorOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<CallCentreSimulator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        // The grains answer only once the silo (or the client's gateway connection) has started.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        await new CallCentreSimulator(grains, options.Value, logger).RunAsync(stoppingToken);
    }
}
