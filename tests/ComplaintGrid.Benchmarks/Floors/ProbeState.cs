namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The floors' trivial state: one number, so a write costs the storage's fixed price and nothing more.</summary>
[GenerateSerializer, Alias("bench.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public long Sequence { get; set; }
}
