using ComplaintGrid.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// The product's call-centre simulator run against a cluster through a fault: filings at a steady rate and agents
/// stepping complaints through their lifecycle, with an <see cref="AcknowledgedLedger"/> of what the cluster acknowledged.
/// </summary>
public sealed class SimulatedLoad : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private SimulatedLoad(IGrainFactory grains, SimulatorOptions options) =>
        _running = new CallCentreSimulator(grains, options, NullLogger.Instance, observer: Ledger).RunAsync(_stop.Token);

    public AcknowledgedLedger Ledger { get; } = new();

    /// <summary>
    /// Five filings a second and two quick agents a department: steady work on a loaded 2-core machine. A quarter of
    /// the complaints is never touched, so deadlines fall due; no customer asks for escalation, so every escalation in a
    /// timeline is a deadline's (what the deadline proof counts). Flat arrivals and near-instant handling times, so the
    /// load is the same at any hour the tests run: a centre's night curve and minutes-long handling would starve it.
    /// </summary>
    public static SimulatorOptions Steady() => new()
    {
        ComplaintsPerMinute = 300,
        AgentsPerDepartment = 2,
        AgentStepTime = TimeSpan.FromMilliseconds(400),
        UntouchedShare = 0.25,
        EscalationRequestShare = 0,
        DailyPattern = false,
        OutageStormsPerDay = 0,
        HandlingTimeFactor = 0.0001,
        Seed = 8,
    };

    public static SimulatedLoad Start(IGrainFactory grains) => new(grains, Steady());

    /// <summary>Stops filing and stepping; returns once every call in flight has been answered, so the ledger is final.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
            await StopAsync();
        _stop.Dispose();
    }
}
