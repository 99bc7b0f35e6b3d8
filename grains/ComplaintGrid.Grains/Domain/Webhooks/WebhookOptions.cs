namespace ComplaintGrid.Domain.Webhooks;

/// <summary>Webhook subscriptions and how deliveries are queued and retried (section <c>ComplaintGrid:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "ComplaintGrid:Webhooks";

    /// <summary>The integrations that receive complaint events; none by default.</summary>
    public List<WebhookSubscriptionOptions> Subscriptions { get; set; } = [];

    /// <summary>
    /// Queues per subscription. A complaint always maps to one queue (order per complaint); several queues spread a busy
    /// subscription over grains. Changing it while deliveries wait can reorder those complaints' events: drain first.
    /// </summary>
    public int Shards { get; set; } = 8;

    /// <summary>How long one HTTP attempt may take before it counts as failed; short, so a hanging receiver costs little.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after a delivery's first failure; each further failure doubles it.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts of one delivery.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A delivery still failing this long after its first failure is abandoned (logged) so its complaint's later events can go.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Deliveries one queue holds; beyond it the queue refuses and complaints keep the events in their outbox and offer them again.</summary>
    public int MaxPendingPerQueue { get; set; } = 10_000;

    /// <summary>Complaints one queue sends to at once; each complaint still gets one delivery at a time.</summary>
    public int MaxConcurrentPerQueue { get; set; } = 8;

    /// <summary>How often a queue with work looks for deliveries that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a queue remembers a complaint's last sequence after its lane emptied, to ignore redelivered events.
    /// Marks are stored with the queue, so this trades write size against duplicates, which receivers drop by delivery id anyway.</summary>
    public TimeSpan DedupeRetention { get; set; } = TimeSpan.FromDays(1);
}
