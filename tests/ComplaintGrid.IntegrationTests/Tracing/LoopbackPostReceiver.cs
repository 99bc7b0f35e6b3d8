using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ComplaintGrid.IntegrationTests.Tracing;

/// <summary>
/// An HTTP endpoint on 127.0.0.1 that records every request (path, content type, body) and answers a fixed status:
/// stands in for an OpenTelemetry collector and for a webhook subscriber.
/// </summary>
public sealed class LoopbackPostReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly int _status;
    private readonly Task _loop;

    public LoopbackPostReceiver(int status)
    {
        _status = status;
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

    /// <summary>The base address, ending in '/'.</summary>
    public string Url { get; }

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<ReceivedPost> Received { get; } = new();

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
            Received.Enqueue(new ReceivedPost(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.ContentType, buffer.ToArray()));
            context.Response.StatusCode = _status;
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // the sender gave up or the receiver is stopping
        }
    }
}

/// <summary>One request seen by <see cref="LoopbackPostReceiver"/>.</summary>
public sealed record ReceivedPost(string Method, string Path, string? ContentType, byte[] Body);
