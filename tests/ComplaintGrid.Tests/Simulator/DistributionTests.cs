using ComplaintGrid.Simulator;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>Handling times: log-normal draws whose mean and median match the distribution, from minutes to hours.</summary>
public sealed class DistributionTests
{
    private const int Draws = 200_000;

    [Theory]
    [InlineData(25, 0.8)]
    [InlineData(300, 1.0)]
    [InlineData(45, 0.5)]
    public void Sample_ManySeededDraws_MeanAndMedianWithinTwoPercent(double medianMinutes, double sigma)
    {
        var distribution = new LogNormal(TimeSpan.FromMinutes(medianMinutes), sigma);
        var random = new Random(42);
        var draws = Enumerable.Range(0, Draws).Select(_ => distribution.Sample(random).TotalMinutes).Order().ToArray();

        Assert.InRange(draws.Average(), distribution.Mean.TotalMinutes * 0.98, distribution.Mean.TotalMinutes * 1.02);
        Assert.InRange(draws[Draws / 2], medianMinutes * 0.98, medianMinutes * 1.02);
    }

    [Fact]
    public void Sample_WithAFactor_ScalesTheMean()
    {
        var distribution = HandlingTimes.For(ComplaintStatus.Investigating);
        var random = new Random(3);
        var mean = Enumerable.Range(0, Draws).Average(_ => distribution.Sample(random, 0.01).TotalMinutes);

        Assert.InRange(mean, distribution.Mean.TotalMinutes * 0.01 * 0.97, distribution.Mean.TotalMinutes * 0.01 * 1.03);
    }

    [Fact]
    public void For_EveryOpenStatus_AMedianOfMinutesToHours()
    {
        foreach (var status in Enum.GetValues<ComplaintStatus>())
            Assert.InRange(HandlingTimes.For(status).Median, TimeSpan.FromMinutes(5), TimeSpan.FromHours(12));
    }
}
