using ComplaintGrid.Domain.Calendars;
using ComplaintGrid.Domain.Clocks;
using static ComplaintGrid.Tests.Domain.Calendars.TestCalendars;

namespace ComplaintGrid.Tests.Domain.Clocks;

public sealed class ClockPolicyCalendarAndTierTests
{
    private static readonly BusinessCalendars Calendars = new(new BusinessCalendarOptions
    {
        Calendars = { ["london"] = Settings("Europe/London", Weekdays, ["09:00-17:00"]) },
    });

    [Fact]
    public void CalendarFor_DepartmentWithACalendar_CountsByIt_ExceptCriticalByDefault()
    {
        var policy = new ClockPolicy(new ClockPolicyOptions { DepartmentCalendars = { ["finance"] = "london" } }, Calendars);

        Assert.Equal("london", policy.CalendarFor("finance", Severity.High)?.Name);
        Assert.Null(policy.CalendarFor("finance", Severity.Critical));
        Assert.Null(policy.CalendarFor("logistics", Severity.High));
        Assert.Equal("london", policy.DepartmentCalendar("finance")?.Name);
    }

    [Fact]
    public void CalendarFor_AroundTheClockConfigured_ReplacesTheDefaultPerSeverity()
    {
        var options = new ClockPolicyOptions
        {
            DepartmentCalendars = { ["finance"] = "london" },
            AroundTheClock = { [Severity.Critical] = false, [Severity.High] = true },
        };
        var policy = new ClockPolicy(options, Calendars);

        Assert.Equal("london", policy.CalendarFor("finance", Severity.Critical)?.Name);
        Assert.Null(policy.CalendarFor("finance", Severity.High));
        Assert.Equal("london", policy.CalendarFor("finance", Severity.Medium)?.Name);
    }

    [Fact]
    public void AllowancesFor_TierWithAFactor_ScalesEveryAllowance()
    {
        var policy = new ClockPolicy(new ClockPolicyOptions { Tiers = { [ValueTier.Gold] = new() { Factor = 0.5 } } });

        var gold = policy.AllowancesFor("finance", Severity.High, ValueTier.Gold);
        var silver = policy.AllowancesFor("finance", Severity.High, ValueTier.Silver);

        Assert.Equal(new ClockAllowances(TimeSpan.FromMinutes(30), TimeSpan.FromHours(6), TimeSpan.FromHours(36)), gold.Allowances);
        Assert.Equal(new Entitlement(ValueTier.Gold, 0.5, Overridden: false), gold.Entitlement);
        Assert.Equal(ClockPolicyOptions.StandardFor(Severity.High), silver.Allowances);
        Assert.Null(silver.Entitlement);
    }

    [Fact]
    public void AllowancesFor_TierOverrideForTheSeverity_WinsOverTheFactor_OtherClocksScale()
    {
        var options = new ClockPolicyOptions
        {
            Departments = { ["finance"] = new() { [Severity.Medium] = new() { Resolution = TimeSpan.FromDays(2) } } },
            Tiers =
            {
                [ValueTier.Platinum] = new()
                {
                    Factor = 0.25,
                    Severities = { [Severity.Medium] = new() { FirstResponse = TimeSpan.FromMinutes(20) } },
                },
            },
        };

        var platinum = new ClockPolicy(options).AllowancesFor("finance", Severity.Medium, ValueTier.Platinum);

        Assert.Equal(new ClockAllowances(TimeSpan.FromMinutes(20), TimeSpan.FromHours(6), TimeSpan.FromHours(12)), platinum.Allowances);
        Assert.Equal(new Entitlement(ValueTier.Platinum, 0.25, Overridden: true), platinum.Entitlement);
    }
}
