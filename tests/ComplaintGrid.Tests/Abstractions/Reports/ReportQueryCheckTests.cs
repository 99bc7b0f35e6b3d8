namespace ComplaintGrid.Tests.Abstractions.Reports;

/// <summary>The rules both report queries share, each refusal naming its parameter.</summary>
public sealed class ReportQueryCheckTests
{
    private static readonly DateOnly From = new(2026, 11, 1);

    [Fact]
    public void Check_AGoodQuery_PassesBothReports()
    {
        Assert.Empty(new ServiceReportQuery(From, From.AddDays(365), "Europe/London", ["billing"], ReportPeriod.Month).Check(new RuleCheck()).Errors);
        Assert.Empty(new RootCauseQuery(From, From, "UTC", null, RootCauseDimension.Category).Check(new RuleCheck()).Errors);
    }

    [Theory]
    [InlineData(-1, "from")]
    [InlineData(366, "to")]
    public void Check_ToBeforeFromOrOver366Days_NamesTheParameter(int toAfterFrom, string field)
    {
        var error = Assert.Single(new ServiceReportQuery(From, From.AddDays(toAfterFrom), "UTC", null, ReportPeriod.Day).Check(new RuleCheck()).Errors);

        Assert.Equal((ErrorCodes.OutOfRange, field), (error.Code, error.Field));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("GMT+1")]
    public void Check_AnUnknownTimeZone_NamesTimeZone(string zone)
    {
        var error = Assert.Single(new RootCauseQuery(From, From, zone, null, RootCauseDimension.Cause).Check(new RuleCheck()).Errors);

        Assert.Equal((ErrorCodes.UnknownValue, "timeZone"), (error.Code, error.Field));
    }

    [Fact]
    public void Check_AnUndefinedPeriodOrDimension_NamesIt()
    {
        var period = Assert.Single(new ServiceReportQuery(From, From, "UTC", null, (ReportPeriod)7).Check(new RuleCheck()).Errors);
        var by = Assert.Single(new RootCauseQuery(From, From, "UTC", null, (RootCauseDimension)7).Check(new RuleCheck()).Errors);

        Assert.Equal(["period", "by"], new[] { period.Field, by.Field });
    }

    [Fact]
    public void Check_AMalformedDepartment_NamesDepartmentId()
    {
        var error = Assert.Single(new ServiceReportQuery(From, From, "UTC", ["not an id"], ReportPeriod.Day).Check(new RuleCheck()).Errors);

        Assert.Equal((ErrorCodes.InvalidIdentifier, "departmentId"), (error.Code, error.Field));
    }
}
