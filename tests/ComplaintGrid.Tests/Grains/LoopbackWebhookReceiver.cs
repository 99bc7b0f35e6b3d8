using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ComplaintGrid.TestSupport.Http;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A webhook subscriber on 127.0.0.1 for grain tests: verifies each signature, records every attempt, and can fail the
/// first attempts of a delivery (500) or hang on a complaint's deliveries until the sender gives up.
/// </summary>
public sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    public const string Secret = "test-webhook-secret-0123456789";

    private readonly LoopbackHttpListener _listener;
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();
    private readonly ConcurrentDictionary<string, bool> _hanging = new();

    public LoopbackWebhookReceiver() => _listener = new LoopbackHttpListener(Handle);

    public string Url => _listener.Url;

    /// <summary>Every attempt, in arrival order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Attempts { get; } = new();

    /// <summary>Answer 500 to the first <paramref name="attempts"/> attempts of this delivery.</summary>
    public void FailFirst(string deliveryId, int attempts) => _failuresLeft[deliveryId] = attempts;

    /// <summary>Never answer deliveries of this complaint (the sender times out).</summary>
    public void Hang(string complaintId) => _hanging[complaintId] = true;

    /// <summary>Answer deliveries of this complaint again (attempts already hanging stay so until the sender gives up).</summary>
    public void Release(string complaintId) => _hanging.TryRemove(complaintId, out _);

    public IReadOnlyList<ReceivedWebhook> For(string complaintId) => Attempts.Where(a => a.ComplaintId == complaintId).ToArray();

    public ValueTask DisposeAsync() => _listener.DisposeAsync();

    private async Task Handle(HttpListenerContext context, byte[] body, CancellationToken stopping)
    {
        var valid = WebhookSignature.Verify(Secret, context.Request.Headers[WebhookHeaders.Timestamp],
            context.Request.Headers[WebhookHeaders.Signature], body, TimeProvider.System.GetUtcNow(), WebhookSignature.DefaultTolerance);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var complaintId = root.GetProperty("complaintId").GetString()!;
        var deliveryId = root.GetProperty("deliveryId").GetString()!;
        var hang = _hanging.ContainsKey(complaintId);
        // One attempt of a delivery at a time (the queue sends a complaint's head only), so read-then-write is safe here.
        var fail = false;
        if (!hang && _failuresLeft.TryGetValue(deliveryId, out var left) && left > 0)
        {
            _failuresLeft[deliveryId] = left - 1;
            fail = true;
        }
        var status = hang ? 0 : fail ? 500 : 204;
        Attempts.Enqueue(new ReceivedWebhook(deliveryId, complaintId, root.GetProperty("sequence").GetInt64(),
            root.GetProperty("kind").GetString()!, valid, status, root.GetProperty("subscription").GetString()!,
            root.GetProperty("complaint").GetProperty("complaintId").GetString()!,
            root.GetProperty("complaint").GetProperty("reference").GetString(), Encoding.UTF8.GetString(body)));
        if (hang)
        {
            await Task.Delay(Timeout.Infinite, stopping);
            return;
        }
        context.Response.StatusCode = status;
        context.Response.Close();
    }
}
