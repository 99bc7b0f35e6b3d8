namespace ComplaintGrid.Tests.Grains;

/// <summary>A cluster of its own, so the views it checks hold only the complaints its test filed.</summary>
public sealed class ConsistencyClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class ConsistencyCollection : ICollectionFixture<ConsistencyClusterFixture>
{
    public const string Name = "consistency";
}
