namespace ComplaintGrid.Grains.Webhooks;

/// <summary>How one HTTP attempt ended.</summary>
/// <param name="Succeeded">The subscriber answered 2xx.</param>
/// <param name="StatusCode">The status it answered, if it answered.</param>
/// <param name="Error">The failure's exception type when it did not answer (timeout, refused): a type name, never a message that might echo data.</param>
internal sealed record WebhookSendResult(bool Succeeded, int? StatusCode, string? Error);
