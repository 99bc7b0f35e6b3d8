namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>One measured run of the dashboard scenario; latencies in milliseconds.</summary>
internal sealed record DashboardRunResult(
    string Name,
    double RequestedRate,
    double AchievedRate,
    int MeasuredEvents,
    int Samples,
    int Unseen,
    double P50,
    double P99,
    double Max,
    double TransportP50,
    double TransportP99,
    double GapP50,
    double FramesPerClientPerSecond,
    int MeasuredRows,
    int UnseenRows,
    double RowP50,
    double RowP99,
    double BytesPerClientPerSecond);
