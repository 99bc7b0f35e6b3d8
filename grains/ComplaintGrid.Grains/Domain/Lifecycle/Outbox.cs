using ComplaintGrid.Domain.Queues;

namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>
/// The rules of a complaint's outbox (<see cref="ComplaintState.Outbox"/>): each view's events are kept until the view
/// says it has stored them. Views store on a checkpoint, so a busy complaint holds several events per view at once;
/// an event a view no longer needs once a newer one is queued for it leaves then, which keeps the outbox (and the
/// complaint's every write) small. Redelivery sends a view all its entries, oldest first.
/// </summary>
public sealed class Outbox(List<PendingDelivery> entries)
{
    /// <summary>Queues an event for one view, dropping that view's entries the new one supersedes.</summary>
    public void Add(DeliveryTarget target, string targetId, ComplaintEvent e)
    {
        RemoveWhere(target, targetId, static (target, p, _) => !MustSee(target, p.Event), 0);
        entries.Add(new PendingDelivery(target, targetId, e));
    }

    /// <summary>Whether a view needs this very event, or only the complaint's newest one (whose summary has everything).</summary>
    public static bool MustSee(DeliveryTarget target, ComplaintEvent e) => target switch
    {
        // A customer's history keeps each complaint's latest summary and nothing per event.
        DeliveryTarget.Customer => false,
        DeliveryTarget.Department => DepartmentQueue.MustSee(e),
        // A webhook posts every event it subscribed to; the history keeps every event for reports.
        _ => true,
    };

    /// <summary>The pending events, one batch per view, each in sequence order (the order they were queued).</summary>
    public IReadOnlyList<OutboxBatch> Batches()
    {
        var batches = new List<OutboxBatch>(3);
        foreach (var p in entries)
        {
            OutboxBatch? batch = null;
            foreach (var b in batches)
            {
                if (b.Target == p.Target && string.Equals(b.TargetId, p.TargetId, StringComparison.Ordinal))
                {
                    batch = b;
                    break;
                }
            }
            if (batch is null)
                batches.Add(batch = new OutboxBatch(p.Target, p.TargetId, []));
            batch.Events.Add(p.Event);
        }
        return batches;
    }

    /// <summary>A view has stored this complaint up to <paramref name="storedSequence"/>: its entries up to there leave.</summary>
    public void Acknowledge(DeliveryTarget target, string targetId, long storedSequence) =>
        RemoveWhere(target, targetId, static (_, p, stored) => p.Event.Sequence <= stored, storedSequence);

    // Runs on every event and every acknowledgement: a loop with a static predicate, where RemoveAll with a capturing
    // lambda allocated a closure and a delegate each time.
    private void RemoveWhere(DeliveryTarget target, string targetId, Func<DeliveryTarget, PendingDelivery, long, bool> remove, long argument)
    {
        var kept = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var p = entries[i];
            if (p.Target == target && string.Equals(p.TargetId, targetId, StringComparison.Ordinal) && remove(target, p, argument))
                continue;
            entries[kept++] = p;
        }
        if (kept < entries.Count)
            entries.RemoveRange(kept, entries.Count - kept);
    }
}
