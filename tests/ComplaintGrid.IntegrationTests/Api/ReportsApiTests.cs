using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>
/// <c>/api/reports</c> on the real silo host (embedded SQLite): a filed complaint shows in the service report once the
/// history has it, as JSON and as CSV; a caller bound to departments sees only theirs; every bad parameter is a 400
/// naming it. The host is shared, so counts are checked as at least this test's own.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class ReportsApiTests(SiloHostFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task ServiceReport_AfterAFiling_CountsItInTodaysRowOfItsDepartment()
    {
        var customer = ApiCalls.NewCustomer();
        await _http.FileAsync(ApiCalls.Filing(customer));
        var range = Range();

        var report = await Eventually.Value(
            async () => (await _http.GetFromJsonAsync<JsonObject>($"/api/reports/service?{range}&period=day&departmentId=logistics&timeZone=Europe%2FLondon"))!,
            r => r["rows"]!.AsArray().Sum(row => (int)row!["filed"]!) >= 1, "the filing reaches the report", Within);

        Assert.Equal("Day", (string)report["period"]!);
        Assert.Equal("Europe/London", (string)report["timeZone"]!);
        var rows = report["rows"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal("logistics", (string)row!["departmentId"]!));
        Assert.All(rows, row => Assert.Equal((string)row!["periodStart"]!, (string)row["periodEnd"]!));
        Assert.True((int)rows[^1]!["openAtEnd"]! >= 1);
        Assert.NotNull(rows[0]!["firstResponse"]!["measured"]);
        Assert.NotNull(rows[0]!["breaches"]!["customerUpdate"]);
    }

    [Fact]
    public async Task ServiceReport_AsCsv_IsRfc4180WithTheDocumentedHeader()
    {
        await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var range = Range();

        var text = await Eventually.Value(async () =>
            {
                var response = await _http.GetAsync($"/api/reports/service?{range}&period=week&departmentId=logistics&format=csv");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
                Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
                return await response.Content.ReadAsStringAsync();
            }, csv => csv.Split("\r\n").Length > 2, "the filing reaches the report", Within);

        var lines = text.Split("\r\n");
        Assert.Equal(string.Join(',', ReportCsv.ServiceColumns), lines[0]);
        Assert.StartsWith("logistics,", lines[1], StringComparison.Ordinal);
        Assert.Equal(ReportCsv.ServiceColumns.Count, lines[1].Split(',').Length);
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RootCauses_AsJsonAndCsv_AnswerTheRequestedDimension()
    {
        var range = Range();

        var json = (await _http.GetFromJsonAsync<JsonObject>($"/api/reports/root-causes?{range}&by=category"))!;
        var csv = await _http.GetStringAsync($"/api/reports/root-causes?{range}&by=type&format=csv");

        Assert.Equal("Category", (string)json["by"]!);
        Assert.NotNull(json["departments"]!.AsArray());
        Assert.StartsWith("department_id,key,count,share,cumulative_share,lessons,prevention\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_ByACallerBoundToDepartments_ShowOnlyTheirs_AndAnotherDepartmentIsNotFound()
    {
        await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        using var financeAgent = fixture.BasicClient(SiloHostFixture.BillingAgent, SiloHostFixture.BoundPassword);
        var range = Range();

        await Eventually.True(async () => (await _http.GetFromJsonAsync<JsonObject>($"/api/reports/service?{range}"))!["rows"]!.AsArray()
            .Any(r => (string)r!["departmentId"]! == "logistics"), "logistics has a row for an unbound caller", Within);
        var own = (await financeAgent.GetFromJsonAsync<JsonObject>($"/api/reports/service?{range}"))!;
        var refused = await financeAgent.GetAsync($"/api/reports/root-causes?{range}&departmentId=logistics");

        Assert.All(own["rows"]!.AsArray(), r => Assert.Equal("finance", (string)r!["departmentId"]!));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("departmentId", (string)(await refused.Json())["field"]!);
    }

    [Theory]
    [InlineData("service", "from=2026-11-01&to=2026-11-30&colour=red", "colour", "field.not_allowed")]
    [InlineData("service", "from=yesterday&to=2026-11-30", "from", "field.invalid_text")]
    [InlineData("service", "from=2026-11-01", "to", "field.required")]
    [InlineData("service", "from=2026-12-02&to=2026-12-01", "from", "field.out_of_range")]
    [InlineData("service", "from=2025-01-01&to=2026-03-01", "to", "field.out_of_range")]
    [InlineData("service", "from=2026-11-01&to=2026-11-30&timeZone=Mars%2FOlympus", "timeZone", "field.unknown_value")]
    [InlineData("service", "from=2026-11-01&to=2026-11-30&period=fortnight", "period", "field.unknown_value")]
    [InlineData("service", "from=2026-11-01&to=2026-11-30&format=xml", "format", "field.unknown_value")]
    [InlineData("service", "from=2026-11-01&to=2026-11-30&by=cause", "by", "field.not_allowed")]
    [InlineData("service", "from=2026-11-01&to=2026-11-30&departmentId=a%20b", "departmentId", "field.invalid_identifier")]
    [InlineData("root-causes", "from=2026-11-01&to=2026-11-30&by=moon", "by", "field.unknown_value")]
    [InlineData("root-causes", "from=2026-11-01&to=2026-11-30&period=day", "period", "field.not_allowed")]
    public async Task Reports_BadParameter_Is400NamingIt(string report, string query, string field, string code)
    {
        var response = await _http.GetAsync($"/api/reports/{report}?{query}");
        var problem = await response.Json();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string)problem["field"]!);
        Assert.Equal(code, (string)problem["code"]!);
    }

    /// <summary>Yesterday to tomorrow in UTC, so a filing just now is inside whatever the time zone and however close to midnight.</summary>
    private static string Range()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return $"from={today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }
}
