using System.Collections.Concurrent;
using ComplaintGrid.Api.Auth.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintGrid.Dashboard.Hub;

/// <summary>
/// The live-feed connections of this host opened by a browser session, so that <see cref="LiveSessionWatch"/> can close
/// those whose session has ended: a connection outlives the request that opened it, and with it its sign-in check.
/// </summary>
public sealed class LiveSessions
{
    private readonly ConcurrentDictionary<string, (string Session, HubCallerContext Connection)> _connections = new(StringComparer.Ordinal);

    public void Opened(HubCallerContext connection)
    {
        if (connection.User?.FindFirst(SessionClaims.Session)?.Value is { } session)
            _connections[connection.ConnectionId] = (session, connection);
    }

    public void Closed(HubCallerContext connection) => _connections.TryRemove(connection.ConnectionId, out _);

    /// <summary>The sessions with connections open here, each with its connections.</summary>
    internal IEnumerable<IGrouping<string, HubCallerContext>> BySession() =>
        _connections.Values.GroupBy(c => c.Session, c => c.Connection, StringComparer.Ordinal);
}
