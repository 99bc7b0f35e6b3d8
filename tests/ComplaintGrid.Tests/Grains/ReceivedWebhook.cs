namespace ComplaintGrid.Tests.Grains;

/// <summary>One attempt seen by <see cref="LoopbackWebhookReceiver"/>.</summary>
/// <param name="DeliveryId">The payload's delivery id.</param>
/// <param name="ComplaintId">The payload's complaint id.</param>
/// <param name="Sequence">The event's sequence.</param>
/// <param name="Kind">The event kind's name.</param>
/// <param name="SignatureValid">The signature verified against the secret and the receiver's clock.</param>
/// <param name="Status">What the receiver answered: 204, 500, or 0 when it hung.</param>
/// <param name="Subscription">The payload's subscription name.</param>
/// <param name="SummaryComplaintId">The complaint id inside the payload's summary.</param>
/// <param name="Reference">The reference inside the payload's summary.</param>
/// <param name="Body">The body as received.</param>
public sealed record ReceivedWebhook(
    string DeliveryId,
    string ComplaintId,
    long Sequence,
    string Kind,
    bool SignatureValid,
    int Status,
    string Subscription,
    string SummaryComplaintId,
    string? Reference = null,
    string? Body = null)
{
    public bool Accepted => Status is >= 200 and < 300;
}
