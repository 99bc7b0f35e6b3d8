using Orleans.Concurrency;

namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The memory floor's stand-in for a customer or department view.</summary>
[Alias("bench.IProbeViewGrain")]
public interface IProbeViewGrain : IGrainWithStringKey
{
    /// <summary>Records the sequence number and returns once stored; interleaves and shares writes, as the real views do.</summary>
    [Alias("Apply"), AlwaysInterleave]
    Task Apply(long sequence);
}
