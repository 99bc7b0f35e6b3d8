using Orleans.Concurrency;

namespace ComplaintGrid;

/// <summary>
/// One subscription's delivery queue for a shard of complaints (key <c>{subscription}/{shard}</c>). Complaints hand it
/// their events through their outbox (<see cref="IComplaintEventReceiver.Apply"/>: stored, then answered, no HTTP);
/// it posts them to the subscriber in the background, in order per complaint, retrying with backoff.
/// </summary>
[Alias("cg.IWebhookQueueGrain")]
public interface IWebhookQueueGrain : IComplaintEventReceiver
{
    /// <summary>What is waiting and what has been sent, for operators and tests. Never waits for a delivery in flight.</summary>
    [Alias("GetStatus"), AlwaysInterleave]
    Task<WebhookQueueStatus> GetStatus();
}
