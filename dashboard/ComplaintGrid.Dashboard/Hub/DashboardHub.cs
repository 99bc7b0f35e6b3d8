using ComplaintGrid.Dashboard.Auth;
using ComplaintGrid.Dashboard.Feed;
using ComplaintGrid.Dashboard.Operations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintGrid.Dashboard.Hub;

/// <summary>
/// The live dashboard's hub. A browser calls <see cref="Watch"/> on every (re)connect and filter change and gets a
/// full snapshot; frames of changes follow through <see cref="IDashboardClient.Frame"/>.
/// </summary>
[Authorize(Policy = DashboardPolicies.View)]
public sealed class DashboardHub(DashboardFeed feed) : Hub<IDashboardClient>
{
    private const string GroupKey = "group";

    /// <inheritdoc />
    public override Task OnConnectedAsync()
    {
        DashboardMetrics.Connections.Inc();
        return base.OnConnectedAsync();
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        DashboardMetrics.Connections.Dec();
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Watches one department (or all, when null): joins its group and returns the snapshot to start from.</summary>
    public async Task<DashboardSnapshot> Watch(string? departmentId)
    {
        if (string.IsNullOrEmpty(departmentId))
            departmentId = null;
        else if (!feed.IsDepartment(departmentId))
            throw new HubException($"departmentId '{(departmentId.Length > 64 ? departmentId[..64] : departmentId)}' is not a configured department.");

        var group = DashboardGroups.For(departmentId);
        if (Context.Items.TryGetValue(GroupKey, out var previous) && previous is string old && old != group)
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, old);
        // Join before taking the snapshot: a frame made in between carries a higher version and is applied, never lost.
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        Context.Items[GroupKey] = group;
        return feed.Snapshot(departmentId);
    }
}
