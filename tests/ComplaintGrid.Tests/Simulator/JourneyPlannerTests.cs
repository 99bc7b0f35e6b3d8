using ComplaintGrid.Simulator;

namespace ComplaintGrid.Tests.Simulator;

/// <summary>Path choices: over many seeded journeys each path's share is the configured one.</summary>
public sealed class JourneyPlannerTests
{
    private const int Journeys = 100_000;

    /// <summary>Three standard deviations of a share of 0.5 over <see cref="Journeys"/>: the widest a seeded share may stray.</summary>
    private const double Tolerance = 0.005;

    [Fact]
    public void Plan_DefaultShares_EachPathAsConfigured()
    {
        var options = new SimulatorOptions();
        var random = new Random(5);
        var plans = Enumerable.Range(0, Journeys).Select(_ => JourneyPlanner.Plan(random, options, DateTimeOffset.UnixEpoch)).ToArray();

        AssertShare(options.WrongDepartmentShare, plans, j => j.HandOffs >= 1);
        AssertShare(options.PingPongShare, plans, j => j.HandOffs == 2);
        AssertShare(options.SilentCustomerShare, plans, j => j.Silent);
        // A silent customer's complaint is held whatever the draw: the two shares combine.
        AssertShare(1 - (1 - options.HoldShare) * (1 - options.SilentCustomerShare), plans, j => j.Hold);
        AssertShare(options.InformShare, plans, j => j.Informs > 0);
        AssertShare(options.RemedyRejectedShare, plans, j => j.RejectRemedy);
        AssertShare(options.UnsatisfiedShare, plans, j => j.Unsatisfied);
        Assert.All(plans, j => Assert.Null(j.BadFaithStory));
        Assert.All(plans.Where(j => j.Silent), j => Assert.True(j.Hold));
    }

    [Fact]
    public void Plan_SharesRaised_FollowTheOptions()
    {
        var options = new SimulatorOptions { WrongDepartmentShare = 0.5, PingPongShare = 0.2, HoldShare = 0.4, UnsatisfiedShare = 0.3 };
        var random = new Random(8);
        var plans = Enumerable.Range(0, Journeys).Select(_ => JourneyPlanner.Plan(random, options, DateTimeOffset.UnixEpoch)).ToArray();

        AssertShare(0.5, plans, j => j.HandOffs >= 1);
        AssertShare(0.2, plans, j => j.HandOffs == 2);
        AssertShare(0.3, plans, j => j.Unsatisfied);
    }

    private static void AssertShare(double expected, Journey[] plans, Func<Journey, bool> path) =>
        Assert.InRange(plans.Count(path) / (double)plans.Length, expected - Tolerance, expected + Tolerance);
}
