using System.Diagnostics;

namespace ComplaintGrid.Grains.Webhooks;

/// <summary>
/// The trace each waiting delivery was queued in, so the send, which runs later on the queue's timer, joins the trace of
/// the command that caused it. Kept in memory only: after a silo restart a delivery starts a trace of its own. Holds an
/// entry only while its complaint has deliveries waiting, so it never outgrows the queue.
/// </summary>
internal sealed class WebhookTraceOrigins
{
    // Per complaint, in sequence order: the highest sequence of one stored batch and the trace context it arrived in.
    private readonly Dictionary<string, List<(long UpTo, ActivityContext Context)>> _byComplaint = new(StringComparer.Ordinal);

    /// <summary>Remembers the current trace for events up to <paramref name="upToSequence"/> of the complaint.</summary>
    public void Queued(string complaintId, long upToSequence)
    {
        if (Activity.Current is not { } current)
            return;
        if (!_byComplaint.TryGetValue(complaintId, out var origins))
            _byComplaint[complaintId] = origins = [];
        origins.Add((upToSequence, current.Context));
    }

    /// <summary>The trace <paramref name="e"/> was queued in, or <c>default</c> when unknown (it then starts its own).</summary>
    public ActivityContext For(ComplaintEvent e)
    {
        if (_byComplaint.TryGetValue(e.ComplaintId, out var origins))
        {
            foreach (var (upTo, context) in origins)
            {
                if (e.Sequence <= upTo)
                    return context;
            }
        }
        return default;
    }

    /// <summary><paramref name="e"/> is done (delivered or given up): forget what only it needed.</summary>
    public void Done(ComplaintEvent e)
    {
        if (_byComplaint.TryGetValue(e.ComplaintId, out var origins))
            origins.RemoveAll(o => o.UpTo <= e.Sequence);
    }

    /// <summary>The complaint has nothing waiting any more.</summary>
    public void Forget(string complaintId) => _byComplaint.Remove(complaintId);

    /// <summary>Nothing waits in the queue any more.</summary>
    public void Clear() => _byComplaint.Clear();
}
