namespace ComplaintGrid.Domain.Webhooks;

/// <summary>One integration's webhook (<c>ComplaintGrid:Webhooks:Subscriptions:{n}</c>).</summary>
public sealed class WebhookSubscriptionOptions
{
    /// <summary>Unique; letters, digits, '-' and '_' (it names the subscription's queues).</summary>
    public string Name { get; set; } = "";

    /// <summary>Absolute http or https URL the deliveries are posted to.</summary>
    public string Url { get; set; } = "";

    /// <summary>The HMAC key, 16 characters at least. Never logged.</summary>
    public string Secret { get; set; } = "";

    /// <summary><see cref="ComplaintEventKind"/> names to send, or <c>*</c> for every kind.</summary>
    public List<string> Events { get; set; } = [];
}
