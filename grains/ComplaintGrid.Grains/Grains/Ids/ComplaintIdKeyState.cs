namespace ComplaintGrid.Grains.Ids;

/// <summary>The persisted secret complaint ids are keyed with; empty until first asked for.</summary>
[GenerateSerializer, Alias("cg.ComplaintIdKeyState")]
internal sealed class ComplaintIdKeyState
{
    [Id(0)] public byte[]? Secret { get; set; }
}
