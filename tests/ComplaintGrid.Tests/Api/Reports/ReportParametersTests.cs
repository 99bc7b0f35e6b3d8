using System.Security.Claims;
using ComplaintGrid.Api.Auth;
using ComplaintGrid.Api.Reports;

namespace ComplaintGrid.Tests.Api.Reports;

/// <summary>The reports' query strings: every bad parameter named in one refusal, and the caller's departments applied.</summary>
public sealed class ReportParametersTests
{
    private static readonly ClaimsPrincipal Everyone = User(DepartmentAccess.Every);

    [Fact]
    public void Service_Defaults_AreAWeekInUtcAsJson()
    {
        var (query, csv) = ReportParameters.Service(["from", "to"], "2026-11-01", "2026-11-30", null, null, null, null, Everyone);

        Assert.Equal(new ServiceReportQuery(new(2026, 11, 1), new(2026, 11, 30), "UTC", null, ReportPeriod.Week), query);
        Assert.False(csv);
    }

    [Fact]
    public void RootCauses_NamedValues_AreReadInAnyCase()
    {
        var (query, csv) = ReportParameters.RootCauses(["from", "to", "timeZone", "by", "format", "departmentId"], "2026-11-01", "2026-11-30",
            "Europe/London", ["billing", "finance"], "CATEGORY", "Csv", Everyone);

        Assert.Equal((RootCauseDimension.Category, "Europe/London", true), (query.By, query.TimeZone, csv));
        Assert.Equal(["billing", "finance"], query.DepartmentIds!);
    }

    [Fact]
    public void Service_EveryBadParameter_IsNamedInOneRefusal()
    {
        var refused = Assert.Throws<ComplaintGridException>(() => ReportParameters.Service(["from", "to", "colour", "period", "format", "timeZone"],
            "1 Nov", null, "Mars/Olympus", null, "fortnight", "xml", Everyone));

        Assert.Equal(["colour", "format", "from", "period", "timeZone", "to"], refused.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(ErrorCodes.Required, refused.Errors.Single(e => e.Field == "to").Code);
    }

    [Theory]
    [InlineData("2026-12-01", "2026-11-30", "from")]
    [InlineData("2026-01-01", "2027-01-02", "to")]
    [InlineData("2026-02-30", "2026-03-01", "from")]
    public void Service_ABadRange_NamesOneParameter(string from, string to, string field)
    {
        var refused = Assert.Throws<ComplaintGridException>(() => ReportParameters.Service(["from", "to"], from, to, null, null, null, null, Everyone));

        Assert.Equal(field, Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public void RootCauses_AParameterOfTheOtherReport_IsUnknown()
    {
        var refused = Assert.Throws<ComplaintGridException>(() => ReportParameters.RootCauses(["from", "to", "period"], "2026-11-01", "2026-11-30",
            null, null, null, null, Everyone));

        Assert.Equal((ErrorCodes.NotAllowed, "period"), (Assert.Single(refused.Errors).Code, refused.Errors[0].Field));
    }

    [Fact]
    public void ABoundCaller_NamingNoDepartment_GetsTheirs_AndNamingAnother_IsNotFound()
    {
        var billing = User("billing");

        var (query, _) = ReportParameters.Service(["from", "to"], "2026-11-01", "2026-11-30", null, null, null, null, billing);
        var refused = Assert.Throws<ComplaintGridException>(() =>
            ReportParameters.Service(["from", "to", "departmentId"], "2026-11-01", "2026-11-30", null, ["logistics"], null, null, billing));

        Assert.Equal(["billing"], query.DepartmentIds!);
        Assert.Equal((ErrorCodes.UnknownDepartment, "departmentId"), (refused.Code, refused.Errors[0].Field));
    }

    private static ClaimsPrincipal User(string department) =>
        new(new ClaimsIdentity([new Claim(DepartmentAccess.ClaimType, department)], "test"));
}
