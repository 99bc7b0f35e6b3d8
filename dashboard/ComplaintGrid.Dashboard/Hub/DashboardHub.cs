using ComplaintGrid.Api.Auth;
using ComplaintGrid.Dashboard.Feed;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintGrid.Dashboard.Hub;

/// <summary>
/// The live dashboard's hub. A client calls <see cref="Watch"/> on every (re)connect and filter change and gets a
/// full snapshot; frames of changes follow through <see cref="IDashboardClient.Frame"/>.
/// </summary>
/// <remarks>
/// A connection receives nothing until it calls <see cref="Watch"/>, and a reconnect is a new connection (maybe on
/// another host, or this one restarted), so the client watches again after every one: the group and the version
/// counter live in this host's memory. The page's feed module (wwwroot/live-feed.js) does; docs/live-feed.md says why
/// stateful reconnect is not the answer.
/// </remarks>
[Authorize(Policy = DashboardPolicies.View)]
public sealed class DashboardHub(DashboardFeed feed, LiveSessions sessions) : Hub<IDashboardClient>
{
    private const string GroupKey = "group";

    /// <inheritdoc />
    public override Task OnConnectedAsync()
    {
        DashboardMetrics.Connections.Inc();
        sessions.Opened(Context);
        return base.OnConnectedAsync();
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        DashboardMetrics.Connections.Dec();
        sessions.Closed(Context);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Watches one department (or all, when null): joins its group and returns the snapshot to start from.</summary>
    /// <remarks>
    /// A user bound to departments (<see cref="DepartmentAccess"/>) watches one of them: "all" means the first, and
    /// another department is refused as if it were not configured. The snapshot lists only theirs.
    /// </remarks>
    public async Task<DashboardSnapshot> Watch(string? departmentId)
    {
        var user = Context.User!;
        var bound = DepartmentAccess.IsBound(user);
        if (string.IsNullOrEmpty(departmentId))
            departmentId = bound ? DepartmentAccess.Of(user).FirstOrDefault(feed.IsDepartment) : null;
        if (departmentId is not null && (!feed.IsDepartment(departmentId) || !DepartmentAccess.Allows(user, departmentId)))
            throw new HubException($"departmentId '{(departmentId.Length > 64 ? departmentId[..64] : departmentId)}' is not a configured department.");
        if (bound && departmentId is null)
            throw new HubException("None of your departments is configured here: ask your administrator for a department that is.");

        var group = DashboardGroups.For(departmentId);
        if (Context.Items.TryGetValue(GroupKey, out var previous) && previous is string old && old != group)
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, old);
        // Join before taking the snapshot: a frame made in between carries a higher version and is applied, never lost.
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        Context.Items[GroupKey] = group;
        var snapshot = feed.Snapshot(departmentId);
        return bound ? snapshot with { AllDepartments = snapshot.AllDepartments.Where(d => DepartmentAccess.Allows(user, d.DepartmentId)).ToArray() } : snapshot;
    }
}
