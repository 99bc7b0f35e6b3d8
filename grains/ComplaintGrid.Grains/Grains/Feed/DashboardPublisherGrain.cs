using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains.Feed;

/// <summary>
/// One per silo: buffers what view grains publish and forwards it to the board grains every
/// <see cref="FlushInterval"/>, so the boards receive a few batches a second per silo whatever the event rate.
/// Reentrant so publishers are never held up by a flush in flight.
/// </summary>
[StatelessWorker(1), Reentrant]
internal sealed class DashboardPublisherGrain(ILogger<DashboardPublisherGrain> logger) : Grain, IDashboardPublisherGrain
{
    /// <summary>As often as the dashboard draws a frame (5 a second): batching longer would only add latency.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>What a silo holds back while the boards are unreachable, so an outage cannot exhaust memory.</summary>
    public const int MaxBuffered = 10_000;

    private List<EscalationEntry> _escalations = [];
    private Dictionary<string, CustomerRiskEntry> _risks = new(StringComparer.Ordinal);
    private Dictionary<string, ComplaintNow> _complaints = new(StringComparer.Ordinal);
    private bool _flushing;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(_ => Flush(), new GrainTimerCreationOptions(FlushInterval, FlushInterval) { Interleave = true });
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Flush();

    public Task Escalations(IReadOnlyList<EscalationEntry> entries)
    {
        if (_escalations.Count + entries.Count <= MaxBuffered)
            _escalations.AddRange(entries);
        else
            FeedLog.Dropped(logger, entries.Count, "escalation");
        return Task.CompletedTask;
    }

    public Task ComplaintChanged(ComplaintNow complaint)
    {
        KeepLatest(_complaints, complaint.ComplaintId, complaint, (known, next) => known.Sequence > next.Sequence, "complaint status");
        return Task.CompletedTask;
    }

    public Task CustomerRisk(CustomerRiskEntry entry)
    {
        KeepLatest(_risks, entry.CustomerId, entry, (known, next) => known.ComputedAt > next.ComputedAt, "customer risk");
        return Task.CompletedTask;
    }

    /// <summary>Buffers <paramref name="entry"/> unless a later one is held; a full buffer takes only updates of what it holds.</summary>
    private void KeepLatest<T>(Dictionary<string, T> buffer, string key, T entry, Func<T, T, bool> isLater, string what)
        where T : class
    {
        if (buffer.TryGetValue(key, out var known) && isLater(known, entry))
            return;
        if (buffer.Count < MaxBuffered || known is not null)
            buffer[key] = entry;
        else
            FeedLog.Dropped(logger, 1, what);
    }

    private async Task Flush()
    {
        if (_flushing || (_escalations.Count == 0 && _risks.Count == 0 && _complaints.Count == 0))
            return;
        _flushing = true;
        // Swap the buffers first: publishers keep adding to fresh ones while this batch is in flight.
        var escalations = _escalations;
        var risks = _risks;
        var complaints = _complaints;
        _escalations = [];
        _risks = new Dictionary<string, CustomerRiskEntry>(StringComparer.Ordinal);
        _complaints = new Dictionary<string, ComplaintNow>(StringComparer.Ordinal);
        try
        {
            var sends = new List<Task>(2);
            // One call with both, so a batch's rows and the statuses after them arrive in order.
            if (escalations.Count > 0 || complaints.Count > 0)
                sends.Add(GrainFactory.GetGrain<IEscalationBoardWriterGrain>(0).Apply(escalations, complaints.Values.ToArray()));
            if (risks.Count > 0)
                sends.Add(GrainFactory.GetGrain<IRiskBoardWriterGrain>(0).Update(risks.Values.ToArray()));
            await Task.WhenAll(sends);
        }
        catch (Exception ex)
        {
            // Both boards ignore what they already have, so the whole batch is simply offered again next time.
            FeedLog.FlushFailed(logger, ex, escalations.Count, risks.Count);
            await Escalations(escalations);
            foreach (var complaint in complaints.Values)
                await ComplaintChanged(complaint);
            foreach (var risk in risks.Values)
                await CustomerRisk(risk);
        }
        finally
        {
            _flushing = false;
        }
    }
}
