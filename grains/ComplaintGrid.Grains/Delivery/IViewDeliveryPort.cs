using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.Delivery;

/// <summary>
/// What <see cref="OutboxDelivery"/> needs from its complaint's owner: calls to the views, writes of the complaint's
/// state, a later retry, and somewhere to report failures. The complaint grain implements it with Orleans calls and
/// a grain timer; tests implement it with a fake.
/// </summary>
internal interface IViewDeliveryPort
{
    /// <summary>Sends one view the complaint's pending events for it, in sequence order; answers the sequence the view has stored.</summary>
    Task<long> Deliver(DeliveryTarget target, string targetId, IReadOnlyList<ComplaintEvent> events);

    /// <summary>Tells a department the complaint has left that it may forget it; it has stored it through <paramref name="storedSequence"/>.</summary>
    Task Release(string departmentId, long storedSequence);

    /// <summary>Writes the complaint's state as it is in memory, outbox included; throws when it could not.</summary>
    Task Store();

    /// <summary>
    /// Writes the complaint's state before this copy answers a read, so an older copy can no longer store over it;
    /// when that fails, this copy gives way and the caller is told to retry.
    /// </summary>
    Task Fence();

    /// <summary>Runs <see cref="OutboxDelivery.Deliver"/> again later, and every so often until nothing is pending.</summary>
    void ScheduleRetry();

    /// <summary>A delivery to one view failed; its events stay in the outbox.</summary>
    void DeliveryFailed(DeliveryTarget target, string targetId, int count, Exception exception);

    /// <summary>Releasing the departments left failed; they forget the complaint after their own fallback.</summary>
    void ReleaseFailed(Exception exception);
}
