namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The database floors' grain: one call, one state write through the profile's grain storage.</summary>
[Alias("bench.IProbeWriterGrain")]
public interface IProbeWriterGrain : IGrainWithStringKey
{
    /// <summary>Writes the state, holding <paramref name="payloadBytes"/> bytes besides its number.</summary>
    [Alias("Write")]
    Task<long> Write(int payloadBytes);
}
