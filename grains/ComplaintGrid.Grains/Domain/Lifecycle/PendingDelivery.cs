namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>An event not yet acknowledged by one view: the complaint's outbox entry.</summary>
[GenerateSerializer, Immutable, Alias("cg.PendingDelivery")]
public sealed record PendingDelivery(
    [property: Id(0)] DeliveryTarget Target,
    [property: Id(1)] string TargetId,
    [property: Id(2)] ComplaintEvent Event);
