using System.Net;
using System.Net.Sockets;

namespace ComplaintGrid.TestSupport;

/// <summary>
/// Free TCP ports on loopback, so silos of parallel tests never collide. They come from below Linux's ephemeral
/// range (32768–60999 by default): the kernel also gives ports from that range to outgoing connections, so a port
/// asked of it (bind to 0) could be some connection's local port by the time a silo process, seconds later, binds
/// it. That happened once to a restarted silo's HTTP port ("address already in use"). The range also stays clear of
/// the product's default silo and gateway ports (11111, 30000).
/// </summary>
public static class LoopbackPorts
{
    private const int First = 20_000;
    private const int Count = 10_000;

    // A random start, so two test processes at once rarely walk the same ports; the bind check settles the rest.
    private static int _next = Random.Shared.Next(Count);

    public static int Next()
    {
        for (var tried = 0; tried < Count; tried++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
                return port;
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
