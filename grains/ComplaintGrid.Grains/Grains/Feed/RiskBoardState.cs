namespace ComplaintGrid.Grains.Feed;

/// <summary>The persisted risk ranking: the latest score of each customer in contention, and a version.</summary>
[GenerateSerializer, Alias("cg.RiskBoardState")]
public sealed class RiskBoardState
{
    /// <summary>By customer id, at most <see cref="RiskRanking.Candidates"/>.</summary>
    [Id(0)] public Dictionary<string, CustomerRiskEntry> Customers { get; set; } = [];

    [Id(1)] public long Version { get; set; }
}
