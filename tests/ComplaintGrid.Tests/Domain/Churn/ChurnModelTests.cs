using ComplaintGrid.Domain.Churn;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Churn;

public sealed class ChurnModelTests
{
    private static readonly ChurnFeatures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    [Fact]
    public void Score_NoFactors_IsInterceptOnlyAboutFive()
    {
        var risk = ChurnModel.Score(None, previousScore: null, Start);

        Assert.Equal(4.7, risk.Score);
        Assert.Empty(risk.TopFactors);
        Assert.Equal("churn-v1", risk.ModelVersion);
        Assert.Equal(ChurnModel.Version, risk.ModelVersion);
        Assert.Equal(Start, risk.ComputedAt);
        Assert.Null(risk.PreviousScore);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)]
    [InlineData(3, 1, 2, 1, 1, 3, 1, 0.8, 2.5, 2, 1)]
    [InlineData(25, 9, 30, 8, 7, 4, 9, 1, 0, 0, 0)] // above every cap
    [InlineData(0, 0, 0, 0, 0, 0, 0, 0.01, 40, 4, 12)] // only the lowering factors
    public void ScoreOf_AnyFeatures_EqualsTheScoreWithItsExplanation(
        double recent, double open, double breaches, double reopens, double repeats, double severity, double venting,
        double recency, double tenure, double tier, double good)
    {
        var features = new ChurnFeatures(recent, open, breaches, reopens, repeats, severity, venting, recency, tenure, tier, good);

        Assert.Equal(ChurnModel.Score(features, null, Start).Score, ChurnModel.ScoreOf(features));
    }

    [Fact]
    public void Score_PreviousScore_IsCarriedThrough()
    {
        Assert.Equal(12.5, ChurnModel.Score(None, 12.5, Start).PreviousScore);
    }

    [Fact]
    public void Score_KnownFeatures_IsLogisticOfWeightedSum()
    {
        var features = None with { RecentComplaints = 2, Breaches = 3 };

        var risk = ChurnModel.Score(features, null, Start);

        // z = -3 + 0.35 × 2 + 0.50 × 3 = -0.8
        Assert.Equal(Math.Round(100 / (1 + Math.Exp(0.8)), 1), risk.Score);
        Assert.Equal(31.0, risk.Score);
        Assert.Equal(
            [new ChurnFactor("breaches", 3, 0.5, 1.5, "Deadlines breached on their complaints in the last 90 days"),
             new ChurnFactor("recentComplaints", 2, 0.35, 0.7, "Complaints filed in the last 90 days")],
            risk.TopFactors);
    }

    [Fact]
    public void Score_EverythingAtWorst_IsAtMost100()
    {
        var worst = new ChurnFeatures(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 0, 0, 0);

        var risk = ChurnModel.Score(worst, null, Start);

        Assert.InRange(risk.Score, 99.0, 100.0);
    }

    [Fact]
    public void Score_EverythingAtBest_IsAtLeastZero()
    {
        var best = None with { TenureYears = 1000, ValueTier = 1000, GoodResolutions = 1000 };

        var risk = ChurnModel.Score(best, null, Start);

        Assert.InRange(risk.Score, 0.0, 1.0);
    }

    [Fact]
    public void Score_ValuesAboveCap_AreClampedToCap()
    {
        var risk = ChurnModel.Score(None with { Breaches = 25 }, null, Start);

        var breaches = Assert.Single(risk.TopFactors);
        Assert.Equal(10, breaches.Value);
        Assert.Equal(5.0, breaches.Contribution);
        Assert.Equal(ChurnModel.Score(None with { Breaches = 10 }, null, Start).Score, risk.Score);
    }

    [Fact]
    public void Score_NegativeValues_AreClampedToZero()
    {
        var risk = ChurnModel.Score(None with { GoodResolutions = -4, OpenComplaints = -1 }, null, Start);

        Assert.Equal(4.7, risk.Score);
        Assert.Empty(risk.TopFactors);
    }

    [Fact]
    public void Score_ManyFactors_ShowsTopFiveByAbsoluteContribution()
    {
        var features = new ChurnFeatures(
            RecentComplaints: 1, OpenComplaints: 1, Breaches: 1, Reopens: 1, RepeatComplaints: 1, OpenSeverity: 1,
            Venting: 1, Recency: 1, TenureYears: 10, ValueTier: 1, GoodResolutions: 1);

        var top = ChurnModel.Score(features, null, Start).TopFactors;

        Assert.Equal(ChurnModel.TopFactorCount, top.Count);
        Assert.Equal(["tenureYears", "recency", "reopens", "goodResolutions", "repeatComplaints"], top.Select(f => f.Name));
        Assert.Equal(top.OrderByDescending(f => Math.Abs(f.Contribution)).Select(f => f.Name), top.Select(f => f.Name));
        Assert.Equal(-1.5, top[0].Contribution);
    }

    [Fact]
    public void LoweringFactors_KeepsEveryNegativeContribution_ThatTheTopFiveCrowdOut()
    {
        var features = new ChurnFeatures(
            RecentComplaints: 6, OpenComplaints: 3, Breaches: 4, Reopens: 3, RepeatComplaints: 3, OpenSeverity: 3,
            Venting: 1, Recency: 1, TenureYears: 2, ValueTier: 3, GoodResolutions: 1);

        var top = ChurnModel.Score(features, null, Start).TopFactors;
        var lowering = ChurnModel.LoweringFactors(features);

        Assert.DoesNotContain(top, f => f.Contribution < 0);
        Assert.Equal(["goodResolutions", "tenureYears", "valueTier"], lowering.Select(f => f.Name));
        Assert.All(lowering, f => Assert.True(f.Contribution < 0));
        Assert.Equal(-0.6, lowering[0].Contribution);
    }

    [Fact]
    public void LoweringFactors_NoneLowering_IsEmpty() =>
        Assert.Empty(ChurnModel.LoweringFactors(None with { Breaches = 3 }));

    [Fact]
    public void Score_EqualContributions_AreOrderedByName()
    {
        // reopens 0.70 × 3 = 2.1 and recentComplaints 0.35 × 6 = 2.1.
        var top = ChurnModel.Score(None with { Reopens = 3, RecentComplaints = 6 }, null, Start).TopFactors;

        Assert.Equal(["recentComplaints", "reopens"], top.Select(f => f.Name));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 5)]
    public void Score_MoreBreaches_RaisesScore(int fewer, int more)
    {
        var baseline = None with { RecentComplaints = 1, OpenComplaints = 1 };

        Assert.True(ChurnModel.Score(baseline with { Breaches = more }, null, Start).Score
            > ChurnModel.Score(baseline with { Breaches = fewer }, null, Start).Score);
    }

    [Fact]
    public void Score_MoreReopens_RaisesScore()
    {
        var baseline = None with { RecentComplaints = 1 };

        Assert.True(ChurnModel.Score(baseline with { Reopens = 1 }, null, Start).Score > ChurnModel.Score(baseline, null, Start).Score);
    }

    [Fact]
    public void Score_GoodResolutions_LowerScore()
    {
        var baseline = None with { RecentComplaints = 2, Recency = 1 };

        Assert.True(ChurnModel.Score(baseline with { GoodResolutions = 1 }, null, Start).Score < ChurnModel.Score(baseline, null, Start).Score);
    }

    [Fact]
    public void Factors_Documented_AreElevenWithUniqueNamesAndDescriptions()
    {
        Assert.Equal(11, ChurnModel.Factors.Count);
        Assert.Equal(ChurnModel.Factors.Count, ChurnModel.Factors.Select(f => f.Name).Distinct().Count());
        Assert.All(ChurnModel.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.All(ChurnModel.Factors, f => Assert.True(f.Cap > 0));
        Assert.Equal(["tenureYears", "valueTier", "goodResolutions"], ChurnModel.Factors.Where(f => f.Weight < 0).Select(f => f.Name));
    }
}
