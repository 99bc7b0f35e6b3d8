namespace ComplaintGrid.Domain.Lifecycle;

/// <summary>Which kind of view an outbox entry is for.</summary>
public enum DeliveryTarget
{
    Customer,
    Department,
}
