using ComplaintGrid.Dashboard.Feed;

namespace ComplaintGrid.Dashboard.Hub;

/// <summary>What the hub calls on a browser.</summary>
public interface IDashboardClient
{
    /// <summary>What changed since the previous frame; at most one per <see cref="DashboardFeedOptions.FrameInterval"/>.</summary>
    Task Frame(DashboardFrame frame);
}
