using System.Globalization;
using System.Text;

namespace ComplaintGrid.Domain.Webhooks;

/// <summary>Maps a complaint to one queue of a subscription, the same on every silo and after every restart.</summary>
public static class WebhookShards
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>FNV-1a of the UTF-8 id: <see cref="string.GetHashCode()"/> differs per process, so it cannot place a complaint.</summary>
    public static int ShardOf(string complaintId, int shards)
    {
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(complaintId))
            hash = (hash ^ b) * FnvPrime;
        return (int)(hash % (uint)shards);
    }

    /// <summary>The queue grain key: <c>{subscription}/{shard}</c>.</summary>
    public static string QueueKey(string subscription, int shard) => subscription + "/" + shard.ToString(CultureInfo.InvariantCulture);

    /// <summary>The subscription a queue key belongs to.</summary>
    public static string SubscriptionOf(string queueKey)
    {
        var slash = queueKey.LastIndexOf('/');
        return slash < 0 ? queueKey : queueKey[..slash];
    }
}
