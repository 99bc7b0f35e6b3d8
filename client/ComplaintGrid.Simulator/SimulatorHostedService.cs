using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Simulator;

/// <summary>
/// Runs the <see cref="CallCentreSimulator"/> for the host's lifetime when <see cref="SimulatorOptions.Enabled"/>.
/// Its callers hang up in the host's stopping phase, before any service stops: in a silo the silo's own stop would
/// otherwise come first, and every simulated call still in flight (the agents' ends of shift too) failed in the log
/// of an ordinary shutdown. A registered <see cref="ISimulationObserver"/> (tests) is told of its calls. With
/// <see cref="SimulatorOptions.RunFor"/> it stops by itself and logs its tally; the host keeps running.
/// </summary>
internal sealed class SimulatorHostedService(
    IGrainFactory grains,
    IOptions<SimulatorOptions> options,
    IHostApplicationLifetime lifetime,
    SimulatorHostClock clock,
    IEnumerable<ISimulationObserver> observers,
    ILogger<CallCentreSimulator> logger) : BackgroundService, IHostedLifecycleService
{
    private readonly CancellationTokenSource _hangUp = new();

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
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _hangUp.Token);
        // A compressed run keeps the silo's time (the same clock instance), not one of its own that would start later.
        await new CallCentreSimulator(grains, options.Value, logger, clock.Clock, observers.FirstOrDefault()).RunAsync(stopping.Token);
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _hangUp.CancelAsync();
        if (ExecuteTask is { } running)
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        _hangUp.Dispose();
        base.Dispose();
    }
}
