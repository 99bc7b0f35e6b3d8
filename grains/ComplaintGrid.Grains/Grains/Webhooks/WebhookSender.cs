using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ComplaintGrid.Domain.Webhooks;
using ComplaintGrid.Tracing;

namespace ComplaintGrid.Grains.Webhooks;

/// <summary>Posts one signed delivery. Knows HTTP, not queues: the queue grain decides what to send and when.</summary>
internal sealed class WebhookSender(IHttpClientFactory httpClients, TimeProvider time)
{
    /// <summary>The named client: no redirects, so a receiver's 3xx counts as a failure instead of re-sending the body elsewhere.</summary>
    public const string ClientName = "ComplaintGrid.Webhooks";

    /// <summary>One span per delivery attempt; HttpClient's own span (when instrumented) nests inside it.</summary>
    private static readonly ActivitySource Spans = new(ComplaintGridTracing.ActivitySourceName);

    /// <summary>The exact body bytes for <paramref name="e"/>; the signature covers these bytes.</summary>
    public static byte[] Body(string subscription, ComplaintEvent e) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new WebhookPayload(subscription, DeliveryId(subscription, e), e.ComplaintId, e.Sequence, e.Kind, e.At, e.Clock, e.Level, e.Summary, e.Recipients),
            ComplaintGridJson.Options);

    /// <summary>Stable across retries and redeliveries, so receivers can drop duplicates.</summary>
    public static string DeliveryId(string subscription, ComplaintEvent e) =>
        string.Create(CultureInfo.InvariantCulture, $"{subscription}:{e.ComplaintId}:{e.Sequence}");

    /// <summary>
    /// Posts <paramref name="e"/> once, in a span whose parent is <paramref name="origin"/> (the trace the event was queued
    /// in; <c>default</c> starts a trace of its own). The span carries ids, the kind and the outcome, never the body.
    /// </summary>
    public async Task<WebhookSendResult> Send(WebhookSubscriptionOptions subscription, ComplaintEvent e, TimeSpan timeout, ActivityContext origin, CancellationToken cancellationToken)
    {
        var deliveryId = DeliveryId(subscription.Name, e);
        using var span = Spans.StartActivity(ComplaintGridTracing.WebhookDeliverySpan, ActivityKind.Internal, origin);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(ComplaintGridTracing.ComplaintIdTag, e.ComplaintId);
            span.SetTag(ComplaintGridTracing.WebhookSubscriptionTag, subscription.Name);
            span.SetTag(ComplaintGridTracing.WebhookDeliveryIdTag, deliveryId);
            span.SetTag(ComplaintGridTracing.EventKindTag, e.Kind.ToString());
            span.SetTag(ComplaintGridTracing.EventSequenceTag, e.Sequence);
        }
        var result = await Post(subscription, e, deliveryId, timeout, cancellationToken);
        if (span is { IsAllDataRequested: true })
        {
            if (result.StatusCode is { } status)
                span.SetTag("http.response.status_code", status);
            if (!result.Succeeded)
                span.SetStatus(ActivityStatusCode.Error, result.Error ?? "Rejected");
        }
        return result;
    }

    private async Task<WebhookSendResult> Post(WebhookSubscriptionOptions subscription, ComplaintEvent e, string deliveryId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = Body(subscription.Name, e);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(subscription.Secret, timestamp, body));
        request.Headers.Add(WebhookHeaders.Delivery, deliveryId);
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
