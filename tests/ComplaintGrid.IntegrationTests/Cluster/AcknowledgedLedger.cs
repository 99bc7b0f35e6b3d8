using System.Collections.Concurrent;
using ComplaintGrid.Client.Simulation;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// The simulator's observer in the fault tests: every filing sent, every filing and step the cluster acknowledged,
/// and every failed call with its time, so the proof checks exactly what callers were told had landed.
/// </summary>
public sealed class AcknowledgedLedger : ISimulationObserver
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _filed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<AcknowledgedStep> _steps = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, Exception Error)> _failures = new();

    /// <summary>Every complaint id a filing was sent for, acknowledged or not: a filing whose answer was lost may have landed.</summary>
    public IReadOnlyCollection<string> Sent => (IReadOnlyCollection<string>)_sent.Keys;

    public IReadOnlyDictionary<string, DateTimeOffset> Filed => _filed;

    public IReadOnlyCollection<AcknowledgedStep> Steps => _steps;

    public IReadOnlyCollection<(DateTimeOffset At, Exception Error)> Failures => _failures;

    /// <summary>Filings and steps acknowledged so far.</summary>
    public int Acknowledged => _filed.Count + _steps.Count;

    public int AcknowledgedSince(DateTimeOffset from) => _filed.Values.Count(at => at >= from) + _steps.Count(s => s.At >= from);

    /// <summary>Polls until the cluster has acknowledged at least one filing and one step: the load is running.</summary>
    public async Task WaitForAcknowledged(TimeSpan timeout)
    {
        var giveUpAt = TimeProvider.System.GetUtcNow() + timeout;
        while (_filed.IsEmpty || _steps.IsEmpty)
        {
            if (TimeProvider.System.GetUtcNow() > giveUpAt)
                throw new TimeoutException($"The load had {_filed.Count} filings and {_steps.Count} steps acknowledged after {timeout}; failures: {_failures.Count}.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>
    /// From the fault to the last failed call, or zero when none failed: calls stalled by a dead silo all fail together
    /// when they time out, so the time from first failure to last would hide the stall.
    /// </summary>
    public TimeSpan FailureWindowFrom(DateTimeOffset faultAt) =>
        _failures.IsEmpty ? TimeSpan.Zero : _failures.Max(f => f.At) - faultAt;

    void ISimulationObserver.Filing(string complaintId) => _sent.TryAdd(complaintId, TimeProvider.System.GetUtcNow());

    void ISimulationObserver.Filed(ComplaintView complaint) => _filed[complaint.Id] = TimeProvider.System.GetUtcNow();

    // The step's own event is the newest one a deadline did not write: a reminder may fire between the agent's read and its step.
    void ISimulationObserver.Acted(ComplaintView complaint) =>
        _steps.Enqueue(new AcknowledgedStep(complaint.Id, complaint.Timeline.Last(t => t.Kind != ComplaintEventKind.Escalated), TimeProvider.System.GetUtcNow()));

    /// <summary>
    /// The longest a filing sent at or after <paramref name="from"/> waited for its acknowledgement, or zero when none was
    /// acknowledged: a stall that stayed under the response timeout shows here, not as a failure.
    /// </summary>
    public TimeSpan SlowestFilingSince(DateTimeOffset from) =>
        _filed.Select(f => _sent.TryGetValue(f.Key, out var sent) && sent >= from ? f.Value - sent : TimeSpan.Zero)
            .DefaultIfEmpty(TimeSpan.Zero).Max();

    void ISimulationObserver.CallFailed(Exception exception) => _failures.Enqueue((TimeProvider.System.GetUtcNow(), exception));
}
