namespace ComplaintGrid.TestSupport.Cluster;

/// <summary>How a <see cref="PostgresCluster"/> detects failure.</summary>
public enum ClusterTuning
{
    /// <summary>Membership probes shortened and client retries lengthened, so fault tests finish quickly on a busy machine.</summary>
    Tests,

    /// <summary>The silo's and the client's shipped defaults: what an operator gets, for the failover benchmark.</summary>
    Product,

    /// <summary>Orleans' own defaults (5 s probes, 30 s directory lease, 30 s response timeout): the failover benchmark's comparison.</summary>
    OrleansDefaults,
}
