using Microsoft.Extensions.Logging;

namespace ComplaintGrid.Simulator;

/// <summary>
/// Records what a simulated customer did once their complaint's story ends (<see cref="PlantedChurn"/>), through the
/// customer grain as an integration's CRM would. It waits a moment first, so the customer has heard of the close and the
/// features recorded with the outcome include it.
/// </summary>
public sealed class OutcomeRecorder
{
    /// <summary>Real time for the complaint's last events to reach its customer.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly double _scale;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly List<Task> _pending = [];
    private long _stayed, _left, _downgraded, _failed;

    internal OutcomeRecorder(IGrainFactory grains, TimeProvider time, double scale, int? seed, ILogger logger)
    {
        _grains = grains;
        _time = time;
        _scale = scale;
        _logger = logger;
        _random = seed is { } s ? new Random(unchecked(s * 7919 + 3)) : new Random();
    }

    /// <summary>Customers recorded as having stayed.</summary>
    public long Stayed => Interlocked.Read(ref _stayed);

    /// <summary>Customers recorded as having left.</summary>
    public long Left => Interlocked.Read(ref _left);

    /// <summary>Customers recorded as having downgraded.</summary>
    public long Downgraded => Interlocked.Read(ref _downgraded);

    /// <summary>Outcomes whose recording failed (logged).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>The customer of <paramref name="closed"/> decides; their outcome is recorded shortly.</summary>
    internal void StoryEnded(ComplaintView closed)
    {
        CustomerOutcome outcome;
        lock (_lock)
        {
            outcome = PlantedChurn.Draw(closed, _random.NextDouble(), _random.NextDouble());
            _pending.RemoveAll(t => t.IsCompleted);
            _pending.Add(Record(closed.CustomerId, outcome));
        }
    }

    /// <summary>Waits for every outcome still being recorded.</summary>
    public Task Drain()
    {
        lock (_lock)
            return Task.WhenAll(_pending.ToArray());
    }

    private async Task Record(string customerId, CustomerOutcome outcome)
    {
        try
        {
            await Task.Delay(Settle * _scale, _time);
            // At the cluster's now: a simulator on a compressed clock may drive a cluster on the real one.
            await _grains.GetGrain<ICustomerGrain>(customerId).RecordOutcome(new RecordCustomerOutcome(outcome));
            if (outcome == CustomerOutcome.Left)
                Interlocked.Increment(ref _left);
            else if (outcome == CustomerOutcome.Downgraded)
                Interlocked.Increment(ref _downgraded);
            else
                Interlocked.Increment(ref _stayed);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failed);
            SimulationLog.CallFailed(_logger, ex);
        }
    }
}
