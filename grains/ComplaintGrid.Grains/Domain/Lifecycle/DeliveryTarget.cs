namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>Which kind of view an outbox entry is for.</summary>
public enum DeliveryTarget
{
    Customer,
    Department,
    /// <summary>A webhook subscription's queue (<c>{subscription}/{shard}</c>), which posts to the integration in the background.</summary>
    Webhook,
    /// <summary>The history read model (<c>history</c>): every event, written to the profile's database.</summary>
    History,
}
