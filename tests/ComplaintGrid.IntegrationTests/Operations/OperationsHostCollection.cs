namespace ComplaintGrid.IntegrationTests.Operations;

[CollectionDefinition(Name)]
public sealed class OperationsHostCollection : ICollectionFixture<OperationsHostFixture>
{
    public const string Name = "operations-host";
}
