using System.Net;
using System.Net.Sockets;

namespace ComplaintGrid.TestSupport.Http;

/// <summary>
/// An HTTP listener on a free 127.0.0.1 port that hands each request, with its body read, to a handler on its own task:
/// what the tests' stand-ins for webhook subscribers and trace collectors share. The handler answers; a sender that
/// gives up or a listener that stops ends the request quietly.
/// </summary>
public sealed class LoopbackHttpListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<HttpListenerContext, byte[], CancellationToken, Task> _handle;
    private readonly Task _loop;

    public LoopbackHttpListener(Func<HttpListenerContext, byte[], CancellationToken, Task> handle)
    {
        _handle = handle;
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
            await _handle(context, buffer.ToArray(), _stop.Token);
        }
        catch (Exception ex) when (ex is HttpListenerException or OperationCanceledException or ObjectDisposedException)
        {
            // the sender gave up or the listener is stopping
        }
    }
}
