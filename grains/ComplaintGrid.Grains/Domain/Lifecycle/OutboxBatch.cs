namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>The pending events of one complaint for one view.</summary>
public sealed record OutboxBatch(DeliveryTarget Target, string TargetId, List<ComplaintEvent> Events);
