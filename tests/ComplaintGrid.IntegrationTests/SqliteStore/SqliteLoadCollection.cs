namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>
/// Load tests run alone, after the parallel tests: they assert that no Orleans turn ran long, which only says
/// something about the store when other silos are not competing for the same two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqliteLoadCollection
{
    public const string Name = "sqlite-load";
}
