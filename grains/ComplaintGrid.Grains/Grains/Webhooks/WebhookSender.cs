using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ComplaintGrid.Domain.Webhooks;

namespace ComplaintGrid.Grains.Webhooks;

/// <summary>Posts one signed delivery. Knows HTTP, not queues: the queue grain decides what to send and when.</summary>
internal sealed class WebhookSender(IHttpClientFactory httpClients, TimeProvider time)
{
    /// <summary>The named client: no redirects, so a receiver's 3xx counts as a failure instead of re-sending the body elsewhere.</summary>
    public const string ClientName = "ComplaintGrid.Webhooks";

    /// <summary>The exact body bytes for <paramref name="e"/>; the signature covers these bytes.</summary>
    public static byte[] Body(string subscription, ComplaintEvent e) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new WebhookPayload(subscription, DeliveryId(subscription, e), e.ComplaintId, e.Sequence, e.Kind, e.At, e.Clock, e.Level, e.Summary),
            ComplaintGridJson.Options);

    /// <summary>Stable across retries and redeliveries, so receivers can drop duplicates.</summary>
    public static string DeliveryId(string subscription, ComplaintEvent e) =>
        string.Create(CultureInfo.InvariantCulture, $"{subscription}:{e.ComplaintId}:{e.Sequence}");

    public async Task<WebhookSendResult> Send(WebhookSubscriptionOptions subscription, ComplaintEvent e, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = Body(subscription.Name, e);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(subscription.Secret, timestamp, body));
        request.Headers.Add(WebhookHeaders.Delivery, DeliveryId(subscription.Name, e));
        request.Headers.Add(WebhookHeaders.Event, e.Kind.ToString());

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await httpClients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            return new WebhookSendResult(response.IsSuccessStatusCode, (int)response.StatusCode, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return new WebhookSendResult(false, null, ex is OperationCanceledException ? "Timeout" : ex.GetType().Name);
        }
    }
}
