using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Domain.Queues;
using static ComplaintGrid.Tests.Domain.DomainFixtures;

namespace ComplaintGrid.Tests.Domain.Queues;

public sealed class QueueHealthCalculatorTests
{
    private static readonly QueueHealthOptions Defaults = new();

    /// <summary>A calm department: a few open complaints, two agents, nothing late.</summary>
    private static readonly DepartmentView Calm = new(
        "logistics", "Logistics", HealthColour.Green, [], Open: 4,
        OpenByStatus: new Dictionary<ComplaintStatus, int>(), OpenBySeverity: new Dictionary<Severity, int>(),
        NewLast15Minutes: 0, OldestUnacknowledgedAge: null, AtRisk: 0, Breached: 0,
        FirstResponseServiceLevelLastHour: null, ResolutionServiceLevelLastHour: null,
        FirstResponseServiceLevelLastDay: null, ResolutionServiceLevelLastDay: null,
        ResolvedLastHour: 0, ResolvedLastDay: 0, AverageTimeToResolve: null, BacklogTrend: 0,
        AgentsOnShift: 2, LoadPerAgent: 2, HandOffsIn: 0, HandOffsOut: 0, PingPong: 0, ComputedAt: Start, CausesLastDay: [],
        Forecast: new BreachForecastView(0, Start.AddHours(1), TimeSpan.FromHours(1), 0, 0, 0, 0, 0, 0));

    private static (HealthColour Colour, IReadOnlyList<string> Reasons) Assess(DepartmentView view, int responses = 0, QueueHealthOptions? options = null) =>
        QueueHealthCalculator.Assess(view, responses, options ?? Defaults);

    [Fact]
    public void Assess_Calm_IsGreenWithoutReasons()
    {
        var (colour, reasons) = Assess(Calm);

        Assert.Equal(HealthColour.Green, colour);
        Assert.Empty(reasons);
    }

    [Theory]
    [InlineData(0, HealthColour.Green)]
    [InlineData(1, HealthColour.Amber)]
    [InlineData(4, HealthColour.Amber)]
    [InlineData(5, HealthColour.Red)]
    [InlineData(9, HealthColour.Red)]
    public void Assess_Breached_AmberFromOneRedFromFive(int breached, HealthColour expected)
    {
        var (colour, reasons) = Assess(Calm with { Breached = breached });

        Assert.Equal(expected, colour);
        if (expected != HealthColour.Green)
            Assert.Contains("breached a deadline", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, HealthColour.Green)]
    [InlineData(3, HealthColour.Amber)]
    [InlineData(30, HealthColour.Amber)]
    public void Assess_AtRisk_AmberFromThreeNeverRed(int atRisk, HealthColour expected)
    {
        var (colour, reasons) = Assess(Calm with { AtRisk = atRisk });

        Assert.Equal(expected, colour);
        if (expected != HealthColour.Green)
            Assert.Equal($"{atRisk} open complaints at risk (amber at 3).", Assert.Single(reasons));
    }

    [Theory]
    [InlineData(1.0, HealthColour.Green)]
    [InlineData(0.95, HealthColour.Green)]
    [InlineData(0.9499, HealthColour.Amber)]
    [InlineData(0.80, HealthColour.Amber)]
    [InlineData(0.7999, HealthColour.Red)]
    [InlineData(0.0, HealthColour.Red)]
    public void Assess_FirstResponseServiceLevel_AmberBelow95RedBelow80(double level, HealthColour expected)
    {
        var (colour, reasons) = Assess(Calm with { FirstResponseServiceLevelLastHour = level }, responses: 5);

        Assert.Equal(expected, colour);
        if (expected != HealthColour.Green)
            Assert.StartsWith("First responses within deadline last hour", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ServiceLevelFromTooFewResponses_IsIgnored()
    {
        var (colour, _) = Assess(Calm with { FirstResponseServiceLevelLastHour = 0.0 }, responses: 4);

        Assert.Equal(HealthColour.Green, colour);
    }

    [Theory]
    [InlineData(14, HealthColour.Green, null)]
    [InlineData(15, HealthColour.Amber, "waited 15 min (amber at 15 min)")]
    [InlineData(59, HealthColour.Amber, "waited 59 min (amber at 15 min)")]
    [InlineData(60, HealthColour.Red, "waited 1 h (red at 1 h)")]
    [InlineData(150, HealthColour.Red, "waited 2.5 h (red at 1 h)")]
    public void Assess_OldestUnacknowledged_AmberFrom15MinutesRedFromOneHour(int minutes, HealthColour expected, string? reason)
    {
        var (colour, reasons) = Assess(Calm with { OldestUnacknowledgedAge = TimeSpan.FromMinutes(minutes) });

        Assert.Equal(expected, colour);
        if (reason is not null)
        {
            var text = Assert.Single(reasons);
            Assert.StartsWith("Oldest unacknowledged complaint", text, StringComparison.Ordinal);
            Assert.Contains(reason, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(9.99, HealthColour.Green)]
    [InlineData(10, HealthColour.Amber)]
    [InlineData(19.5, HealthColour.Amber)]
    [InlineData(20, HealthColour.Red)]
    public void Assess_LoadPerAgent_AmberFromTenRedFromTwenty(double load, HealthColour expected)
    {
        var (colour, reasons) = Assess(Calm with { LoadPerAgent = load });

        Assert.Equal(expected, colour);
        if (expected != HealthColour.Green)
            Assert.Contains("open complaints per agent", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NoAgentsWithOpenComplaints_IsAmber()
    {
        var (colour, reasons) = Assess(Calm with { AgentsOnShift = 0, LoadPerAgent = null, Open = 2 });

        Assert.Equal(HealthColour.Amber, colour);
        Assert.Equal("No agents on shift for 2 open complaint(s).", Assert.Single(reasons));
    }

    [Fact]
    public void Assess_NoAgentsAndNothingOpen_IsGreen()
    {
        Assert.Equal(HealthColour.Green, Assess(Calm with { AgentsOnShift = 0, LoadPerAgent = null, Open = 0 }).Colour);
    }

    [Fact]
    public void Assess_RedAndAmberTogether_IsRedWithRedReasonsFirst()
    {
        var view = Calm with { Breached = 6, AtRisk = 4, LoadPerAgent = 12 };

        var (colour, reasons) = Assess(view);

        Assert.Equal(HealthColour.Red, colour);
        Assert.Equal(3, reasons.Count);
        Assert.Contains("breached", reasons[0], StringComparison.Ordinal);
        Assert.Contains("at risk", reasons[1], StringComparison.Ordinal);
        Assert.Contains("per agent", reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CustomThresholds_AreUsed()
    {
        var strict = new QueueHealthOptions { AmberAtRisk = 1, RedBreached = 1, MinimumServiceLevelSamples = 1 };

        Assert.Equal(HealthColour.Amber, Assess(Calm with { AtRisk = 1 }, options: strict).Colour);
        Assert.Equal(HealthColour.Red, Assess(Calm with { Breached = 1 }, options: strict).Colour);
        Assert.Equal(HealthColour.Red, Assess(Calm with { FirstResponseServiceLevelLastHour = 0.5 }, responses: 1, options: strict).Colour);
    }

    [Fact]
    public void QueueHealthOptions_Defaults_PassValidation()
    {
        var options = new QueueHealthOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), new List<ValidationResult>(), validateAllProperties: true));
    }

    [Fact]
    public void QueueHealthOptions_OutOfRange_FailsValidationNamingMember()
    {
        var options = new QueueHealthOptions { AmberBreached = 0, RedServiceLevel = 1.5 };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal(
            [nameof(QueueHealthOptions.AmberBreached), nameof(QueueHealthOptions.RedServiceLevel)],
            results.SelectMany(r => r.MemberNames).Order());
    }
}
