namespace ComplaintGrid.Grains.Feed;

/// <summary>The persisted escalation feed: the newest escalations and a version that changes with them.</summary>
[GenerateSerializer, Alias("cg.EscalationBoardState")]
public sealed class EscalationBoardState
{
    /// <summary>Newest first, at most <see cref="EscalationLog.Capacity"/>.</summary>
    [Id(0)] public List<EscalationEntry> Entries { get; set; } = [];

    [Id(1)] public long Version { get; set; }
}
