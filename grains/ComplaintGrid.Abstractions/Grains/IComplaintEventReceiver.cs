using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>A view derived from complaint events. Delivery is at least once; receivers apply each sequence number once.</summary>
[Alias("cg.IComplaintEventReceiver")]
public interface IComplaintEventReceiver : IGrainWithStringKey
{
    /// <summary>
    /// Applies events in sequence order and returns once the change is stored. Events already applied are
    /// ignored. Interleaves with other calls so that concurrent deliveries share one state write.
    /// </summary>
    [Alias("Apply"), AlwaysInterleave]
    Task Apply(IReadOnlyList<ComplaintEvent> events);
}
