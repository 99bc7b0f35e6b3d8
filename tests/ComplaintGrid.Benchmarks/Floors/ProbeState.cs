namespace ComplaintGrid.Benchmarks.Floors;

/// <summary>The floors' trivial state: one number, so a write costs the storage's fixed price and nothing more.</summary>
[GenerateSerializer, Alias("bench.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public long Sequence { get; set; }

    /// <summary>Empty unless a run asks the floor to write a lifecycle-sized state (<c>--floor-payload</c>).</summary>
    [Id(1)] public byte[] Payload { get; set; } = [];
}
