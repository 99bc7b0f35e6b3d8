namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>Which kind of view an outbox entry is for.</summary>
public enum DeliveryTarget
{
    Customer,
    Department,
    /// <summary>A webhook subscription's queue (<c>{subscription}/{shard}</c>), which posts to the integration in the background.</summary>
    Webhook,
}
