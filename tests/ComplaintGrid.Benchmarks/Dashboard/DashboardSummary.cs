namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>The medians over a dashboard invocation's measured runs (latencies in milliseconds, bytes per client per second), and the events and rows no frame showed.</summary>
internal sealed record DashboardSummary(
    double RequestedRate,
    int Clients,
    int Runs,
    double P50,
    double P99,
    double AchievedRate,
    double TransportP99,
    int Unseen,
    double RowP50,
    double RowP99,
    double BytesPerClientPerSecond,
    int UnseenRows)
{
    /// <summary>Below this share of the requested rate, the run did not measure the rate it was asked for.</summary>
    public const double ReachedShare = 0.95;

    public bool ReachedRate => AchievedRate >= RequestedRate * ReachedShare;
}
