namespace ComplaintGrid.Benchmarks.Failover;

/// <summary>A failover invocation's median windows for both settings, and what either lost or failed outright.</summary>
internal sealed record FailoverSummary(
    int Runs,
    TimeSpan Shipped,
    TimeSpan OrleansDefaults,
    int ShippedLost,
    int ShippedFailedAfterRetries,
    int OrleansLost,
    int OrleansFailedAfterRetries)
{
    /// <summary>ComplaintGrid's window as a share of Orleans' defaults' window.</summary>
    public double Ratio => Shipped / OrleansDefaults;
}
