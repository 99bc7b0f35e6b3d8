using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A webhook subscriber on 127.0.0.1 for grain tests: verifies each signature, records every attempt, and can fail the
/// first attempts of a delivery (500) or hang on a complaint's deliveries until the sender gives up.
/// </summary>
public sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    public const string Secret = "test-webhook-secret-0123456789";

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();
    private readonly ConcurrentDictionary<string, bool> _hanging = new();
    private readonly Task _loop;

    public LoopbackWebhookReceiver()
    {
        // HttpListener cannot bind port 0: take a free port from the OS, then listen on it.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
            probe.Stop();
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Listen);
    }

    public string Url { get; }

    /// <summary>Every attempt, in arrival order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Attempts { get; } = new();

    /// <summary>Answer 500 to the first <paramref name="attempts"/> attempts of this delivery.</summary>
    public void FailFirst(string deliveryId, int attempts) => _failuresLeft[deliveryId] = attempts;

    /// <summary>Never answer deliveries of this complaint (the sender times out).</summary>
    public void Hang(string complaintId) => _hanging[complaintId] = true;

    /// <summary>Answer deliveries of this complaint again (attempts already hanging stay so until the sender gives up).</summary>
    public void Release(string complaintId) => _hanging.TryRemove(complaintId, out _);

    public IReadOnlyList<ReceivedWebhook> For(string complaintId) => Attempts.Where(a => a.ComplaintId == complaintId).ToArray();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // stopping
        }
        _listener.Close();
        _stop.Dispose();
    }

    private async Task Listen()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            var body = buffer.ToArray();
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
                root.GetProperty("complaint").GetProperty("reference").GetString()));
            if (hang)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
                return;
            }
            context.Response.StatusCode = status;
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or OperationCanceledException or ObjectDisposedException)
        {
            // the sender gave up or the receiver is stopping
        }
    }
}
