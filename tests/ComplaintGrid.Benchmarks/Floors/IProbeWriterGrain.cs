namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The database floors' grain: one call, one state write through the profile's grain storage.</summary>
[Alias("bench.IProbeWriterGrain")]
public interface IProbeWriterGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task<long> Write();
}
