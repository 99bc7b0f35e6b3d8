namespace ComplaintGrid.Domain.Webhooks;

/// <summary>What became of a delivery after a failed attempt.</summary>
/// <param name="Failures">Failed attempts so far.</param>
/// <param name="RetryIn">The wait before the next attempt; null when the delivery was abandoned.</param>
public sealed record WebhookFailureOutcome(int Failures, TimeSpan? RetryIn);
