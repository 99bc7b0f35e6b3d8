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
}
