namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>How a <see cref="PostgresCluster"/> detects failure.</summary>
public enum ClusterTuning
{
    /// <summary>Membership probes shortened and client retries lengthened, so fault tests finish quickly on a busy machine.</summary>
    Tests,

    /// <summary>The silo's and the client's shipped defaults: what an operator gets, for the failover benchmark.</summary>
    Product,
}
