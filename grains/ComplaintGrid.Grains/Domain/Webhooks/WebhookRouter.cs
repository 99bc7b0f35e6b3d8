namespace ComplaintGrid.Domain.Webhooks;

/// <summary>Which webhook queues an event goes to: one per subscription that wants its kind, chosen by the complaint's shard.</summary>
public sealed class WebhookRouter
{
    private readonly (string Name, HashSet<ComplaintEventKind>? Kinds)[] _subscriptions;
    private readonly int _shards;

    public WebhookRouter(WebhookOptions options)
    {
        _shards = options.Shards;
        _subscriptions = options.Subscriptions
            .Select(s => (s.Name, s.Events.Contains("*") ? null : s.Events.Select(e => Enum.Parse<ComplaintEventKind>(e, ignoreCase: true)).ToHashSet()))
            .ToArray();
    }

    /// <summary>True when some integration subscribed: without one, no event needs a queue looked up.</summary>
    public bool HasSubscriptions => _subscriptions.Length > 0;

    /// <summary>
    /// Queue keys for <paramref name="e"/>; empty when no subscription wants it. An erasure goes to every subscription's
    /// queue, wanted or not: each may hold this complaint's earlier deliveries, whose texts it erases
    /// (<see cref="WebhookQueue.TryAppend"/>), and posts it only where it is wanted (<see cref="Wants"/>).
    /// </summary>
    public IEnumerable<string> QueuesFor(ComplaintEvent e)
    {
        if (_subscriptions.Length == 0)
            yield break;
        var shard = WebhookShards.ShardOf(e.ComplaintId, _shards);
        foreach (var (name, kinds) in _subscriptions)
        {
            if (kinds is null || kinds.Contains(e.Kind) || e.Kind == ComplaintEventKind.PersonalDataErased)
                yield return WebhookShards.QueueKey(name, shard);
        }
    }

    /// <summary>Whether <paramref name="subscription"/> posts events of <paramref name="kind"/>.</summary>
    public static bool Wants(WebhookSubscriptionOptions subscription, ComplaintEventKind kind)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Events.Exists(e => e == "*" || (Enum.TryParse<ComplaintEventKind>(e, ignoreCase: true, out var k) && k == kind));
    }
}
