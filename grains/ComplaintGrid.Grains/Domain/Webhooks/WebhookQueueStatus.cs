namespace ComplaintGrid.Domain.Webhooks;

/// <summary>A webhook queue's backlog and totals.</summary>
/// <param name="Pending">Deliveries waiting to be sent, including one being retried.</param>
/// <param name="ComplaintsWaiting">Complaints with at least one delivery waiting.</param>
/// <param name="Delivered">Deliveries the subscriber accepted (2xx) since the queue was created.</param>
/// <param name="Abandoned">Deliveries given up after failing for the configured time, since the queue was created.</param>
/// <param name="Retrying">Complaints whose next delivery has failed at least once and waits for its backoff.</param>
[GenerateSerializer, Immutable, Alias("cg.WebhookQueueStatus")]
public sealed record WebhookQueueStatus(
    [property: Id(0)] int Pending,
    [property: Id(1)] int ComplaintsWaiting,
    [property: Id(2)] long Delivered,
    [property: Id(3)] long Abandoned,
    [property: Id(4)] int Retrying);
