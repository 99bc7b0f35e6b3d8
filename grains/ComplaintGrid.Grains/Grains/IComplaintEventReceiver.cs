using Orleans.Concurrency;

namespace ComplaintGrid.Grains;

/// <summary>
/// A view derived from complaint events, called only by complaints (their outbox). Delivery is at least once; receivers
/// apply each sequence number once.
/// </summary>
[Alias("cg.IComplaintEventReceiver")]
internal interface IComplaintEventReceiver : IGrainWithStringKey
{
    /// <summary>
    /// Applies events of one complaint in sequence order; events already applied are ignored. Returns the highest
    /// sequence number of that complaint the receiver could rebuild without a redelivery, which may be lower than what
    /// it applied: a view applies in memory and stores on a checkpoint, so the complaint keeps (and later redelivers)
    /// every event above the returned number. A customer view stores only a complaint's filing, and acknowledges
    /// every later step as soon as applied: it rebuilds them by asking the complaint
    /// (<see cref="IComplaintSummarySource"/>). Interleaves with other calls, so the receiver never makes a caller wait for a write.
    /// The events are never copied on a call within a silo (<c>[Immutable]</c>): the sender builds a list for each
    /// delivery and drops it, and receivers only read it (copying it cost ~2.5 % of a lifecycle's CPU).
    /// </summary>
    [Alias("Apply.stored"), AlwaysInterleave]
    Task<long> Apply([Immutable] IReadOnlyList<ComplaintEvent> events);
}
