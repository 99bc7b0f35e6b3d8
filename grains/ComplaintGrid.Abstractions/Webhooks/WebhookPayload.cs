using System.Text.Json.Serialization;

namespace ComplaintGrid;

/// <summary>
/// The JSON body of one webhook delivery (camelCase, enums as names). Receivers deduplicate by
/// <see cref="DeliveryId"/>: delivery is at least once, and a retried delivery keeps its id.
/// </summary>
/// <param name="Subscription">The subscription's configured name.</param>
/// <param name="DeliveryId">Stable per subscription and event: <c>{subscription}:{complaintId}:{sequence}</c>.</param>
/// <param name="ComplaintId">Complaint.</param>
/// <param name="Sequence">The event's per-complaint sequence number; increases along a complaint's deliveries.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened.</param>
/// <param name="Clock">For escalations: the clock that crossed a level.</param>
/// <param name="Level">For escalations: the level reached.</param>
/// <param name="Complaint">The complaint after the event.</param>
/// <param name="Recipients">For <c>Escalated</c>, <c>EscalationRequested</c>, <c>Reopened</c> and <c>HoldExpired</c>: whom ComplaintGrid
/// sent the escalation to (empty when no contact is configured). Left out of the body for every other kind.</param>
public sealed record WebhookPayload(
    string Subscription,
    string DeliveryId,
    string ComplaintId,
    long Sequence,
    ComplaintEventKind Kind,
    DateTimeOffset At,
    ClockKind? Clock,
    EscalationLevel? Level,
    ComplaintSummary Complaint,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EscalationContact>? Recipients = null);
