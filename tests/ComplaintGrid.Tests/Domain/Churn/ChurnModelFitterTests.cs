using ComplaintGrid.Domain.Churn;

namespace ComplaintGrid.Tests.Domain.Churn;

public sealed class ChurnModelFitterTests
{
    /// <summary>A known model: a few factors that matter, either way, and the rest 0.</summary>
    private static readonly double KnownIntercept = -1.5;

    private static double[] KnownWeights()
    {
        var w = new double[ChurnModel.Factors.Count];
        w[Index("breaches")] = 0.9;
        w[Index("reopens")] = 1.2;
        w[Index("goodResolutions")] = -1.1;
        w[Index("tenureYears")] = -0.3;
        return w;
    }

    private static int Index(string name) => ChurnModel.Factors.ToList().FindIndex(f => f.Name == name);

    /// <summary>Draws capped factor values uniformly within each factor's cap, and labels from the known model.</summary>
    private static (List<double[]> X, List<bool> Y) Draw(int n, int seed)
    {
        var random = new Random(seed);
        var weights = new ChurnWeights("known", KnownIntercept, KnownWeights());
        var x = new List<double[]>(n);
        var y = new List<bool>(n);
        for (var i = 0; i < n; i++)
        {
            var row = ChurnModel.Factors.Select(f => random.NextDouble() * Math.Min(f.Cap, 5)).ToArray();
            var p = 1 / (1 + Math.Exp(-ChurnModel.LogOdds(row, weights)));
            x.Add(row);
            y.Add(random.NextDouble() < p);
        }
        return (x, y);
    }

    [Fact]
    public void Fit_DataDrawnFromAKnownLogisticModel_RecoversItsWeights()
    {
        var (x, y) = Draw(20_000, seed: 42);

        var fitted = ChurnModelFitter.Fit(x, y, l2Penalty: 0.01, "churn-v2");

        Assert.Equal("churn-v2", fitted.Version);
        Assert.Equal(KnownIntercept, fitted.Intercept, 0.25);
        var known = KnownWeights();
        for (var i = 0; i < known.Length; i++)
            Assert.True(Math.Abs(known[i] - fitted[i]) < 0.1, $"{ChurnModel.Factors[i].Name}: fitted {fitted[i]:0.000}, known {known[i]}");
    }

    [Fact]
    public void Fit_StrongerPenalty_ShrinksTheWeightsTowardZero()
    {
        var (x, y) = Draw(2_000, seed: 7);

        var loose = ChurnModelFitter.Fit(x, y, l2Penalty: 0.01, "loose");
        var tight = ChurnModelFitter.Fit(x, y, l2Penalty: 1_000, "tight");

        Assert.True(tight.Weights.Sum(Math.Abs) < loose.Weights.Sum(Math.Abs) / 3);
    }

    [Fact]
    public void Fit_AFactorThatNeverVaries_GetsWeightZeroNotInfinity()
    {
        var (x, y) = Draw(1_000, seed: 3);
        var venting = Index("venting");
        foreach (var row in x)
            row[venting] = 0;

        var fitted = ChurnModelFitter.Fit(x, y, l2Penalty: 1, "v");

        Assert.Equal(0, fitted[venting], 9);
        Assert.All(fitted.Weights, w => Assert.True(double.IsFinite(w)));
    }

    [Fact]
    public void Fit_HeldOutData_RanksAboutAsWellAsTheKnownModel()
    {
        var (x, y) = Draw(5_000, seed: 1);
        var (heldX, heldY) = Draw(2_000, seed: 2);

        var fitted = ChurnModelFitter.Fit(x, y, l2Penalty: 1, "v");

        var known = ChurnModelRegistry.AucOn(new ChurnWeights("known", KnownIntercept, KnownWeights()), heldX, heldY);
        var candidate = ChurnModelRegistry.AucOn(fitted, heldX, heldY);
        Assert.True(Math.Abs(known - candidate) < 0.01, $"fitted {candidate:0.000}, known {known:0.000}");
        Assert.True(candidate > ChurnModelRegistry.AucOn(ChurnWeights.HandSet, heldX, heldY));
    }
}
