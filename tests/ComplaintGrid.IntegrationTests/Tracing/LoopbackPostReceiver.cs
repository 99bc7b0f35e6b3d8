using System.Collections.Concurrent;

namespace ComplaintGrid.IntegrationTests.Tracing;

/// <summary>
/// An HTTP endpoint on 127.0.0.1 that records every request (path, content type, body) and answers a fixed status:
/// stands in for an OpenTelemetry collector and for a webhook subscriber.
/// </summary>
public sealed class LoopbackPostReceiver : IAsyncDisposable
{
    private readonly LoopbackHttpListener _listener;

    public LoopbackPostReceiver(int status) =>
        _listener = new LoopbackHttpListener((context, body, _) =>
        {
            Received.Enqueue(new ReceivedPost(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.ContentType, body));
            context.Response.StatusCode = status;
            context.Response.Close();
            return Task.CompletedTask;
        });

    /// <summary>The base address, ending in '/'.</summary>
    public string Url => _listener.Url;

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<ReceivedPost> Received { get; } = new();

    public ValueTask DisposeAsync() => _listener.DisposeAsync();
}

/// <summary>One request seen by <see cref="LoopbackPostReceiver"/>.</summary>
public sealed record ReceivedPost(string Method, string Path, string? ContentType, byte[] Body);
