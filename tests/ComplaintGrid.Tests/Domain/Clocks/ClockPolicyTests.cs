using ComplaintGrid.Domain.Clocks;

namespace ComplaintGrid.Tests.Domain.Clocks;

public sealed class ClockPolicyTests
{
    [Theory]
    [InlineData(Severity.Critical, "00:15:00", "04:00:00", "1.00:00:00")]
    [InlineData(Severity.High, "01:00:00", "12:00:00", "3.00:00:00")]
    [InlineData(Severity.Medium, "04:00:00", "1.00:00:00", "5.00:00:00")]
    [InlineData(Severity.Low, "1.00:00:00", "2.00:00:00", "10.00:00:00")]
    public void AllowancesFor_NothingConfigured_IsDomainTable(Severity severity, string firstResponse, string update, string resolution)
    {
        var policy = new ClockPolicy(new ClockPolicyOptions());

        var allowances = policy.AllowancesFor("logistics", severity);

        Assert.Equal(new ClockAllowances(TimeSpan.Parse(firstResponse), TimeSpan.Parse(update), TimeSpan.Parse(resolution)), allowances);
        Assert.Equal(allowances, ClockPolicyOptions.StandardFor(severity));
    }

    [Fact]
    public void AllowancesFor_ConfiguredDefaults_OverrideDomainTable()
    {
        var options = new ClockPolicyOptions
        {
            Defaults =
            {
                [Severity.High] = new() { FirstResponse = TimeSpan.FromMinutes(30), CustomerUpdate = TimeSpan.FromHours(6), Resolution = TimeSpan.FromDays(2) },
            },
        };

        var allowances = new ClockPolicy(options).AllowancesFor("finance", Severity.High);

        Assert.Equal(new ClockAllowances(TimeSpan.FromMinutes(30), TimeSpan.FromHours(6), TimeSpan.FromDays(2)), allowances);
    }

    [Fact]
    public void AllowancesFor_ConfiguredDefaultPartial_FallsBackToDomainTablePerField()
    {
        var options = new ClockPolicyOptions { Defaults = { [Severity.Low] = new() { CustomerUpdate = TimeSpan.FromHours(36) } } };

        var allowances = new ClockPolicy(options).AllowancesFor("finance", Severity.Low);

        Assert.Equal(new ClockAllowances(TimeSpan.FromHours(24), TimeSpan.FromHours(36), TimeSpan.FromDays(10)), allowances);
    }

    [Fact]
    public void AllowancesFor_ConfiguredDefaultForOtherSeverity_LeavesThisSeverityStandard()
    {
        var options = new ClockPolicyOptions { Defaults = { [Severity.Low] = new() { FirstResponse = TimeSpan.FromHours(2) } } };

        var allowances = new ClockPolicy(options).AllowancesFor("finance", Severity.Critical);

        Assert.Equal(ClockPolicyOptions.StandardFor(Severity.Critical), allowances);
    }

    [Fact]
    public void AllowancesFor_DepartmentOverride_FallsBackPerFieldToDefaultThenTable()
    {
        var options = new ClockPolicyOptions
        {
            Defaults = { [Severity.Medium] = new() { CustomerUpdate = TimeSpan.FromHours(8) } },
            Departments =
            {
                ["logistics"] = new() { [Severity.Medium] = new() { FirstResponse = TimeSpan.FromHours(2) } },
            },
        };
        var policy = new ClockPolicy(options);

        var logistics = policy.AllowancesFor("logistics", Severity.Medium);
        var finance = policy.AllowancesFor("finance", Severity.Medium);

        Assert.Equal(new ClockAllowances(TimeSpan.FromHours(2), TimeSpan.FromHours(8), TimeSpan.FromDays(5)), logistics);
        Assert.Equal(new ClockAllowances(TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromDays(5)), finance);
    }

    [Fact]
    public void AllowancesFor_DepartmentOverrideWinsOverConfiguredDefault()
    {
        var options = new ClockPolicyOptions
        {
            Defaults = { [Severity.High] = new() { Resolution = TimeSpan.FromDays(4) } },
            Departments = { ["finance"] = new() { [Severity.High] = new() { Resolution = TimeSpan.FromDays(1) } } },
        };

        var allowances = new ClockPolicy(options).AllowancesFor("finance", Severity.High);

        Assert.Equal(TimeSpan.FromDays(1), allowances.Resolution);
        Assert.Equal(TimeSpan.FromHours(1), allowances.FirstResponse);
    }

    [Fact]
    public void AllowancesFor_DepartmentOverrideForOtherSeverity_UsesDefaults()
    {
        var options = new ClockPolicyOptions
        {
            Departments = { ["finance"] = new() { [Severity.High] = new() { Resolution = TimeSpan.FromDays(1) } } },
        };

        var allowances = new ClockPolicy(options).AllowancesFor("finance", Severity.Low);

        Assert.Equal(ClockPolicyOptions.StandardFor(Severity.Low), allowances);
    }

    [Fact]
    public void For_EachKind_ReturnsItsAllowance()
    {
        var allowances = new ClockAllowances(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));

        Assert.Equal(TimeSpan.FromMinutes(1), allowances.For(ClockKind.FirstResponse));
        Assert.Equal(TimeSpan.FromMinutes(2), allowances.For(ClockKind.CustomerUpdate));
        Assert.Equal(TimeSpan.FromMinutes(3), allowances.For(ClockKind.Resolution));
    }
}
