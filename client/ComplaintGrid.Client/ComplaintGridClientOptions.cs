using System.ComponentModel.DataAnnotations;

namespace ComplaintGrid.Client;

/// <summary>How the client connects and retries (configuration section <c>ComplaintGrid:Client</c>).</summary>
public sealed class ComplaintGridClientOptions
{
    public const string SectionName = "ComplaintGrid:Client";

    /// <summary>Localhost (embedded profile) or Postgres (cluster).</summary>
    public ClusterKind Cluster { get; set; } = ClusterKind.Localhost;

    /// <summary>For <see cref="ClusterKind.Localhost"/>: the silo's gateway port.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>For <see cref="ClusterKind.Postgres"/>: the membership database.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Must match the silos' cluster id.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ClusterId { get; set; } = "complaintgrid";

    /// <summary>Must match the silos' service id.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ServiceId { get; set; } = "complaintgrid";

    /// <summary>
    /// How long one attempt waits for its answer before it counts as a transient failure and is retried. Nothing else
    /// tells the client that a request died with a killed silo, so this bounds how long callers wait around a
    /// failover (BENCHMARKS.md); Orleans' own default is 30 s. A call still being served after this long is retried:
    /// harmless for filings (idempotent) and reads; an action whose first attempt landed answers
    /// <c>complaint.transition.illegal</c> on the retry.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// How often the client re-reads the list of silos it may connect through. Silos that join are used from the
    /// next refresh on; Orleans' default is a minute, too slow to follow a scale-out under load.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan GatewayListRefreshPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per call, the first included, for failures of the cluster rather than of the command.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; doubled each time up to <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between attempts. With the defaults the attempts span about 10 s: longer than a silo takes to be declared dead.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);
}
