using ComplaintGrid.Domain.Webhooks;
using Orleans.Concurrency;

namespace ComplaintGrid.Grains.Webhooks;

/// <summary>
/// One subscription's delivery queue for a shard of complaints (key <c>{subscription}/{shard}</c>); silo-side only:
/// integrators see webhooks on the wire (docs/webhooks.md). Complaints hand it their events through their outbox
/// (<see cref="IComplaintEventReceiver.Apply"/>: stored, then answered, no HTTP); it posts them to the subscriber in the
/// background, in order per complaint, retrying with backoff.
/// </summary>
[Alias("cg.IWebhookQueueGrain")]
internal interface IWebhookQueueGrain : IComplaintEventReceiver
{
    /// <summary>What is waiting and what has been sent, for tests. Never waits for a delivery in flight.</summary>
    [Alias("GetStatus"), AlwaysInterleave]
    Task<WebhookQueueStatus> GetStatus();

    /// <summary>Whether any event of <paramref name="complaintId"/> still waits to be sent, for tests that share a queue.</summary>
    [Alias("Waits"), AlwaysInterleave]
    Task<bool> Waits(string complaintId);
}
