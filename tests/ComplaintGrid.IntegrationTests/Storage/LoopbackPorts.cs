using System.Net;
using System.Net.Sockets;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>Free TCP ports on loopback, so in-process silos of parallel tests never collide.</summary>
internal static class LoopbackPorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
