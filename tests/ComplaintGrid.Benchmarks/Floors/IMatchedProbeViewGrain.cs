using Orleans.Concurrency;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The counted floor's stand-in for a customer or department view: applies in memory, stores on a checkpoint timer.</summary>
[Alias("bench.IMatchedProbeViewGrain")]
public interface IMatchedProbeViewGrain : IGrainWithStringKey
{
    [Alias("Apply"), AlwaysInterleave]
    Task Apply(long sequence);

    /// <summary>What a department is told when a closed complaint lets it forget.</summary>
    [Alias("Release")]
    Task Release(long sequence);
}
