using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

[Collection(SiloHostCollection.Name)]
public sealed class DepartmentsApiTests(SiloHostFixture fixture)
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task List_ReturnsEveryConfiguredDepartmentWithHealth()
    {
        var departments = await _http.GetFromJsonAsync<JsonArray>("/api/departments");

        Assert.Equal(["customer-service", "logistics", "quality-assurance", "finance", "policy"],
            departments!.Select(d => (string)d!["departmentId"]!));
        Assert.All(departments!, d => Assert.True(Enum.IsDefined(Enum.Parse<HealthColour>((string)d!["health"]!))));
    }

    [Fact]
    public async Task Queue_ShowsAFiledComplaint_AndShiftsChangeLoad()
    {
        var id = await _http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));

        var queue = await _http.GetFromJsonAsync<JsonArray>("/api/departments/logistics/queue");
        var shift = await _http.PutAsync("/api/departments/logistics/shifts/agent-zoe", null);
        var view = await shift.Json();

        Assert.Contains(queue!, c => (string)c!["complaintId"]! == id);
        Assert.Equal(HttpStatusCode.OK, shift.StatusCode);
        Assert.True((int)view["agentsOnShift"]! >= 1);
        Assert.NotNull(view["loadPerAgent"]);
        Assert.Equal(HttpStatusCode.OK, (await _http.DeleteAsync("/api/departments/logistics/shifts/agent-zoe")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownDepartment_Is404Problem()
    {
        var response = await _http.GetAsync("/api/departments/marketing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("department.unknown", (string)(await response.Json())["code"]!);
    }
}
