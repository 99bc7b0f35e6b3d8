using ComplaintGrid.Domain.Churn;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Churn;

public sealed class ChurnModelRegistryTests
{
    private static readonly ChurnFeatures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private readonly ChurnModelState _state = new();
    private readonly ChurnLearningOptions _options = new();

    private ChurnModelRegistry Registry() => new(_state, _options);

    /// <summary>
    /// Outcomes where valuable customers leave, which the hand-set model (value lowers the score) ranks backwards: a
    /// fitted model learns the opposite and ranks the held-out customers better.
    /// </summary>
    private static IEnumerable<CustomerOutcomeRecord> ValuableCustomersLeave(int count, int seed = 5)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var tier = random.Next(0, 5);
            var churned = random.NextDouble() < 1 / (1 + Math.Exp(-(tier - 2) * 1.5));
            var features = None with { ValueTier = tier, RecentComplaints = 1, Recency = 1 };
            yield return new CustomerOutcomeRecord($"cust-{i}", churned ? CustomerOutcome.Left : CustomerOutcome.Stayed, Start, Start,
                ChurnModel.FeatureValues(features), 10, ChurnModel.Version);
        }
    }

    [Fact]
    public void Fit_TooFewOutcomes_RefusesNamingOutcomesAndChangesNothing()
    {
        var registry = Registry();
        foreach (var o in ValuableCustomersLeave(_options.MinimumOutcomes - 1))
            registry.Keep(o);

        var ex = Assert.Throws<ComplaintGridException>(() => registry.Fit(Start));

        Assert.Equal((ErrorCodes.TooFewOutcomes, "outcomes"), (ex.Errors[0].Code, ex.Errors[0].Field));
        Assert.Contains($"at least {_options.MinimumOutcomes}", ex.Message, StringComparison.Ordinal);
        Assert.Null(_state.Current);
        Assert.Empty(_state.Previous);
        Assert.Equal(1, _state.LastVersionNumber);
    }

    [Fact]
    public void Fit_OnlyOneKindOfOutcome_Refuses()
    {
        var registry = Registry();
        foreach (var o in ValuableCustomersLeave(200))
            registry.Keep(o with { Outcome = CustomerOutcome.Stayed });

        var ex = Assert.Throws<ComplaintGridException>(() => registry.Fit(Start));

        Assert.Equal(ErrorCodes.TooFewOutcomes, ex.Errors[0].Code);
        Assert.Null(_state.Current);
    }

    [Fact]
    public void Fit_CandidateRanksHeldOutBetter_AdoptsItAsV2AndKeepsTheHandSetAsPrevious()
    {
        var registry = Registry();
        foreach (var o in ValuableCustomersLeave(400))
            registry.Keep(o);

        var result = registry.Fit(Start);

        Assert.True(result.Adopted);
        Assert.Equal(("churn-v2", "churn-v1"), (result.CandidateVersion, result.CurrentVersion));
        Assert.True(result.CandidateAuc > 0.8, $"candidate AUC {result.CandidateAuc}");
        Assert.True(result.CurrentAuc < 0.5, $"hand-set AUC {result.CurrentAuc}");
        Assert.Equal(400, result.TrainingOutcomes + result.HeldOutOutcomes);
        Assert.InRange(result.HeldOutOutcomes, 80, 160);
        var models = registry.Models();
        Assert.Equal("churn-v2", models.Current.Version);
        Assert.Equal((true, result.CandidateAuc, result.TrainingOutcomes, Start), (models.Current.Fitted, models.Current.HeldOutAuc, models.Current.TrainingOutcomes, models.Current.AdoptedAt));
        Assert.Equal("churn-v1", Assert.Single(models.Previous).Version);
        Assert.Equal(result.CurrentAuc, models.Previous[0].HeldOutAuc);
        Assert.True(registry.CurrentWeights()[ChurnModel.Factors.ToList().FindIndex(f => f.Name == "valueTier")] > 0);
        Assert.Equal("churn-v2", ChurnModel.Score(None with { ValueTier = 4 }, null, Start, registry.CurrentWeights()).ModelVersion);
    }

    [Fact]
    public void Fit_CandidateNoBetterThanCurrent_KeepsTheCurrentModel()
    {
        var registry = Registry();
        foreach (var o in ValuableCustomersLeave(400))
            registry.Keep(o);
        registry.Fit(Start);

        // The same outcomes again: the candidate is the model just adopted, so it only ties.
        var again = registry.Fit(Start.AddDays(1));

        Assert.False(again.Adopted);
        Assert.Equal(("churn-v3", "churn-v2"), (again.CandidateVersion, again.CurrentVersion));
        Assert.Equal(again.CurrentAuc, again.CandidateAuc);
        Assert.Equal("churn-v2", registry.Models().Current.Version);
        Assert.Single(registry.Models().Previous);
        Assert.Equal(2, _state.LastVersionNumber);
    }

    [Fact]
    public void Keep_SameOutcomeTwice_KeepsItOnce()
    {
        var registry = Registry();
        var outcome = ValuableCustomersLeave(1).Single();

        Assert.True(registry.Keep(outcome));
        Assert.False(registry.Keep(outcome with { RecordedAt = Start.AddHours(1) }));

        Assert.Single(_state.Outcomes);
    }

    [Fact]
    public void Keep_PastTheLimit_DropsTheOldest()
    {
        _options.MaxOutcomes = 100;
        var registry = Registry();
        var all = ValuableCustomersLeave(150).ToList();
        foreach (var o in all)
            registry.Keep(o);

        Assert.Equal(all.Skip(50), _state.Outcomes);
        Assert.True(registry.Keep(all[0]));
    }

    [Fact]
    public void HeldOutSplit_SameCustomer_AlwaysOnTheSameSide()
    {
        var held = Enumerable.Range(0, 10_000).Count(i => HeldOutSplit.IsHeldOut($"cust-{i}", 30));

        Assert.InRange(held, 2_700, 3_300);
        Assert.Equal(HeldOutSplit.IsHeldOut("cust-42", 30), HeldOutSplit.IsHeldOut("cust-42", 30));
    }
}
