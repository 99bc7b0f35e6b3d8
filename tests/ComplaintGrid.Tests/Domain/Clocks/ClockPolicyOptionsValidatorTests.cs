using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Tests.Domain.Clocks;

public sealed class ClockPolicyOptionsValidatorTests
{
    private static readonly ClockPolicyOptionsValidator Validator = new();

    [Fact]
    public void Validate_NothingConfigured_Succeeds()
    {
        Assert.True(Validator.Validate(null, new ClockPolicyOptions()).Succeeded);
    }

    [Fact]
    public void Validate_SensibleValuesAndGaps_Succeeds()
    {
        var options = new ClockPolicyOptions
        {
            Defaults = { [Severity.High] = new() { FirstResponse = TimeSpan.FromMinutes(30) } },
            Departments = { ["finance"] = new() { [Severity.Low] = new() { Resolution = TimeSpan.FromDays(365) } } },
        };

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_DefaultNotPositive_FailsNamingKey(int minutes)
    {
        var options = new ClockPolicyOptions { Defaults = { [Severity.High] = new() { FirstResponse = TimeSpan.FromMinutes(minutes) } } };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("ComplaintGrid:Clocks:Defaults:High:FirstResponse must be a duration greater than zero", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DepartmentOverrideNegative_FailsNamingDepartmentKey()
    {
        var options = new ClockPolicyOptions
        {
            Departments = { ["logistics"] = new() { [Severity.Critical] = new() { Resolution = TimeSpan.FromHours(-2) } } },
        };

        var result = Validator.Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("ComplaintGrid:Clocks:Departments:logistics:Critical:Resolution", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverAYear_Fails()
    {
        var options = new ClockPolicyOptions { Defaults = { [Severity.Low] = new() { CustomerUpdate = TimeSpan.FromDays(366) } } };

        var result = Validator.Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("ComplaintGrid:Clocks:Defaults:Low:CustomerUpdate", failure, StringComparison.Ordinal);
        Assert.Contains("at most 365 days", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEveryKey()
    {
        var options = new ClockPolicyOptions
        {
            Defaults = { [Severity.Medium] = new() { FirstResponse = TimeSpan.Zero, Resolution = TimeSpan.FromDays(-1) } },
            Departments = { ["finance"] = new() { [Severity.High] = new() { CustomerUpdate = TimeSpan.Zero } } },
        };

        var result = Validator.Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains("ComplaintGrid:Clocks:Defaults:Medium:FirstResponse", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ComplaintGrid:Clocks:Defaults:Medium:Resolution", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ComplaintGrid:Clocks:Departments:finance:High:CustomerUpdate", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverrideForAnUnconfiguredDepartment_NamesTheKey()
    {
        var routing = Microsoft.Extensions.Options.Options.Create(ComplaintGrid.Domain.Routing.RoutingOptions.Standard());
        var options = new ClockPolicyOptions
        {
            Departments = { ["finanse"] = new() { [Severity.High] = new() { FirstResponse = TimeSpan.FromMinutes(30) } } },
        };

        var result = new ClockPolicyOptionsValidator(routing).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("ComplaintGrid:Clocks:Departments:finanse names a department that is not configured", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DepartmentNamingAMissingCalendar_NamesTheKey()
    {
        var routing = Microsoft.Extensions.Options.Options.Create(ComplaintGrid.Domain.Routing.RoutingOptions.Standard());
        var calendars = Microsoft.Extensions.Options.Options.Create(new ComplaintGrid.Domain.Calendars.BusinessCalendarOptions
        {
            Calendars = { ["london"] = Calendars.TestCalendars.Settings("Europe/London", Calendars.TestCalendars.Weekdays, ["09:00-17:00"]) },
        });
        var options = new ClockPolicyOptions { DepartmentCalendars = { ["finance"] = "london", ["logistics"] = "londn", ["finanse"] = "london" } };

        var result = new ClockPolicyOptionsValidator(routing, calendars).Validate(null, options);

        Assert.Equal(
            [
                "ComplaintGrid:Clocks:DepartmentCalendars:logistics names calendar 'londn', which is not configured under ComplaintGrid:Calendars.",
                "ComplaintGrid:Clocks:DepartmentCalendars:finanse names a department that is not configured under ComplaintGrid:Routing:Departments.",
            ],
            result.Failures);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(10.5)]
    [InlineData(double.NaN)]
    public void Validate_TierFactorOutOfRange_NamesTheKey(double factor)
    {
        var options = new ClockPolicyOptions { Tiers = { [ValueTier.Gold] = new() { Factor = factor } } };

        var result = Validator.Validate(null, options);

        Assert.StartsWith("ComplaintGrid:Clocks:Tiers:Gold:Factor must be greater than 0 and at most 10", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TierOverrideOutOfRange_NamesTheKey()
    {
        var options = new ClockPolicyOptions
        {
            Tiers = { [ValueTier.Gold] = new() { Severities = { [Severity.High] = new() { Resolution = TimeSpan.Zero } } } },
        };

        var result = Validator.Validate(null, options);

        Assert.StartsWith("ComplaintGrid:Clocks:Tiers:Gold:Severities:High:Resolution must be", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
