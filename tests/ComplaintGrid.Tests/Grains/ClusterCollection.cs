namespace ComplaintGrid.Tests.Grains;

/// <summary>Grain tests that share one cluster and run one after another (they move the same clock).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
