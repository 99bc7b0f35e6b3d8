using Orleans.Configuration;

namespace ComplaintGrid.Silo.Hosting;

/// <summary>
/// ComplaintGrid's defaults for how fast a cluster gets over a lost silo (BENCHMARKS.md, failover), applied before
/// <c>ComplaintGrid:Silo:Membership</c> and <c>ComplaintGrid:Silo:Directory</c>, which override them.
/// </summary>
public static class FailoverTuning
{
    public const string MembershipSection = SiloHostOptions.SectionName + ":Membership";
    public const string DirectorySection = SiloHostOptions.SectionName + ":Directory";

    /// <summary>
    /// First probe timeout. Orleans adapts it per silo between half and four times this value from observed probe
    /// times, and declares a silo dead after three missed probes and two votes. Orleans' 5 s left calls to a dead
    /// silo's grains failing for 15–30 s; 2 s keeps three misses well inside a GC pause budget on a busy silo.
    /// </summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public static void Configure(ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = ProbeTimeout);
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection(MembershipSection));

        // After an ungraceful loss, Orleans' distributed directory refuses new activations of the grains whose directory
        // entries the dead silo held, for 30 s minus the failure-detection window, in case the silo was only thought
        // dead and still hosts them. Every ComplaintGrid grain writes through storage with an ETag, so a second
        // activation cannot overwrite newer state (its write fails and it is dropped); waiting out the lease would only
        // extend the outage for those grains.
        silo.Configure<GrainDirectoryOptions>(o => o.RangeLeaseDuration = TimeSpan.Zero);
        silo.Configure<GrainDirectoryOptions>(configuration.GetSection(DirectorySection));
    }
}
