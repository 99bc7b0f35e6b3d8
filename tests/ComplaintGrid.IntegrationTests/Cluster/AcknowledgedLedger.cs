using System.Collections.Concurrent;
using ComplaintGrid.Simulator;
using ComplaintGrid.Grains.Ids;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// The simulator's observer in the fault tests: every filing sent, every filing and step the cluster acknowledged,
/// and every failed call with its time, so the proof checks exactly what callers were told had landed.
/// </summary>
public sealed class AcknowledgedLedger : ISimulationObserver
{
    private readonly ConcurrentDictionary<FileComplaint, DateTimeOffset> _sent = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _filed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _filedSentAt = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<AcknowledgedStep> _steps = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, Exception Error)> _failures = new();

    /// <summary>Every filing sent, acknowledged or not: a filing whose answer was lost may have landed.</summary>
    public IReadOnlyCollection<FileComplaint> Sent => (IReadOnlyCollection<FileComplaint>)_sent.Keys;

    /// <summary>The ids of every filing sent, as the deployment's id secret gives them (read silo-side, as only a test may).</summary>
    public async Task<IReadOnlyCollection<string>> SentIds(IGrainFactory grains)
    {
        var secret = await grains.GetGrain<IComplaintIdKeyGrain>(0).Get();
        return _sent.Keys.Select(c => ComplaintIds.For(c.CustomerId, c.IdempotencyKey, secret)).ToHashSet(StringComparer.Ordinal);
    }

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

    void ISimulationObserver.Filing(FileComplaint command) => _sent.TryAdd(command, TimeProvider.System.GetUtcNow());

    void ISimulationObserver.Filed(FileComplaint command, ComplaintView complaint)
    {
        if (_sent.TryGetValue(command, out var sentAt))
            _filedSentAt[complaint.Id] = sentAt;
        _filed[complaint.Id] = TimeProvider.System.GetUtcNow();
    }

    // The step's own event is the newest one a deadline did not write: a reminder may fire between the agent's read and its step.
    void ISimulationObserver.Acted(ComplaintView complaint) =>
        _steps.Enqueue(new AcknowledgedStep(complaint.Id, complaint.Timeline.Last(t => t.Kind != ComplaintEventKind.Escalated), TimeProvider.System.GetUtcNow()));

    /// <summary>
    /// The longest a filing sent at or after <paramref name="from"/> waited for its acknowledgement, or zero when none was
    /// acknowledged: a stall that stayed under the response timeout shows here, not as a failure.
    /// </summary>
    public TimeSpan SlowestFilingSince(DateTimeOffset from) =>
        _filed.Select(f => _filedSentAt.TryGetValue(f.Key, out var sent) && sent >= from ? f.Value - sent : TimeSpan.Zero)
            .DefaultIfEmpty(TimeSpan.Zero).Max();

    void ISimulationObserver.CallFailed(Exception exception) => _failures.Enqueue((TimeProvider.System.GetUtcNow(), exception));
}
