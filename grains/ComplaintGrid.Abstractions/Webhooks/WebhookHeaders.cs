namespace ComplaintGrid;

/// <summary>The HTTP headers on every webhook delivery.</summary>
public static class WebhookHeaders
{
    /// <summary><c>sha256=&lt;lowercase hex&gt;</c>: HMAC-SHA256 with the subscription's secret over <c>{timestamp}.{body}</c>.</summary>
    public const string Signature = "X-ComplaintGrid-Signature";

    /// <summary>Unix time in seconds when this attempt was sent; part of the signed string, so a replayed body goes stale.</summary>
    public const string Timestamp = "X-ComplaintGrid-Timestamp";

    /// <summary>The payload's delivery id, for deduplication without parsing the body.</summary>
    public const string Delivery = "X-ComplaintGrid-Delivery";

    /// <summary>The event kind, e.g. <c>Acknowledged</c>.</summary>
    public const string Event = "X-ComplaintGrid-Event";
}
