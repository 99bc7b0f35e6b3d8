using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>Due times in the department's time zone, as the API shows them (the policy department keeps a Tokyo calendar).</summary>
[Collection(SiloHostCollection.Name)]
public sealed class ClockTimeZoneApiTests(SiloHostFixture fixture)
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Get_ComplaintOfADepartmentWithACalendar_ShowsEachRunningClocksDueTimeInItsZone()
    {
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["category"] = "Policy";
        var id = await _http.FileAsync(filing);

        var complaint = await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}");

        Assert.Equal("policy", (string)complaint!["departmentId"]!);
        var firstResponse = complaint["clocks"]!.AsArray()[0]!;
        var dueAt = DateTimeOffset.Parse((string)firstResponse["dueAt"]!, CultureInfo.InvariantCulture);
        var dueLocal = (string)firstResponse["dueLocal"]!;
        Assert.Equal(SiloHostFixture.PolicyTimeZone, (string)firstResponse["timeZone"]!);
        Assert.EndsWith("+09:00", dueLocal, StringComparison.Ordinal);
        Assert.Equal(dueAt, DateTimeOffset.Parse(dueLocal, CultureInfo.InvariantCulture));
        // High: one hour to respond, counted around the clock by a calendar open all week.
        Assert.Equal(DateTimeOffset.Parse((string)complaint["filedAt"]!, CultureInfo.InvariantCulture) + TimeSpan.FromHours(1), dueAt);
        // A clock that is not running has nothing due.
        var customerUpdate = complaint["clocks"]!.AsArray()[1]!;
        Assert.Null(customerUpdate["dueLocal"]);
        Assert.Equal(SiloHostFixture.PolicyTimeZone, (string)customerUpdate["timeZone"]!);
    }

    [Fact]
    public async Task Get_ComplaintOfADepartmentWithoutACalendar_HasNoTimeZone()
    {
        var id = await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));

        var complaint = await _http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}");

        var firstResponse = complaint!["clocks"]!.AsArray()[0]!;
        Assert.NotNull(firstResponse["dueAt"]);
        Assert.Null(firstResponse["dueLocal"]);
        Assert.Null(firstResponse["timeZone"]);
    }
}
