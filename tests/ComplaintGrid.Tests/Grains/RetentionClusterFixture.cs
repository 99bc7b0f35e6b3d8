using ComplaintGrid.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// A cluster of its own whose closed complaints' texts are erased after <see cref="ClosedTextsAfter"/>, on a fake clock
/// the tests move, so retention is reached without waiting.
/// </summary>
public sealed class RetentionClusterFixture() : FakeClockClusterFixture(ClusterFixture.Start)
{
    public static readonly TimeSpan ClosedTextsAfter = TimeSpan.FromDays(30);

    protected override void ConfigureSilo(IServiceCollection services) =>
        services.Configure<RetentionOptions>(o => o.ClosedTextsAfter = ClosedTextsAfter);
}

[CollectionDefinition(Name)]
public sealed class RetentionCollection : ICollectionFixture<RetentionClusterFixture>
{
    public const string Name = "retention";
}
