namespace ComplaintGrid.Tracing;

/// <summary>
/// The names ComplaintGrid's own spans and tags use, in one place so the API, the grains and the silo's tracing set-up
/// agree. Span data carries opaque ids only: never a complaint's text, a customer's name or contact details.
/// </summary>
public static class ComplaintGridTracing
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name of ComplaintGrid's own spans.</summary>
    public const string ActivitySourceName = "ComplaintGrid";

    /// <summary>The complaint a span concerns (its opaque id, e.g. <c>CMP-0123456789ABC</c>).</summary>
    public const string ComplaintIdTag = "complaintgrid.complaint_id";

    /// <summary>The webhook subscription a delivery goes to (its configured name).</summary>
    public const string WebhookSubscriptionTag = "complaintgrid.webhook.subscription";

    /// <summary>The webhook delivery id, stable across retries (the <c>X-ComplaintGrid-Delivery</c> header).</summary>
    public const string WebhookDeliveryIdTag = "complaintgrid.webhook.delivery_id";

    /// <summary>The complaint event's kind (e.g. <c>Filed</c>, <c>Acknowledged</c>).</summary>
    public const string EventKindTag = "complaintgrid.event.kind";

    /// <summary>The complaint event's sequence number within its complaint.</summary>
    public const string EventSequenceTag = "complaintgrid.event.sequence";

    /// <summary>The name of the span for one webhook delivery attempt.</summary>
    public const string WebhookDeliverySpan = "webhook delivery";
}
