using ComplaintGrid.Domain.Incidents;

namespace ComplaintGrid.Tests.Domain.Incidents;

public sealed class IncidentOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() =>
        Assert.True(new IncidentOptionsValidator().Validate(null, new IncidentOptions()).Succeeded);

    [Fact]
    public void BadValues_FailNamingEachKey()
    {
        var result = new IncidentOptionsValidator().Validate(null,
            new IncidentOptions { Window = TimeSpan.Zero, MinimumCount = 1, SimilarityThreshold = 1.5 });

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("ComplaintGrid:Incidents:Window must be", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("ComplaintGrid:Incidents:MinimumCount must be from 2", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("ComplaintGrid:Incidents:SimilarityThreshold must be", StringComparison.Ordinal));
    }
}
