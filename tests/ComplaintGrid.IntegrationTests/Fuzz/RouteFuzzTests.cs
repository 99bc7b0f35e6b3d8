using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Security;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Every route parameter of every API endpoint (from the mapped routes, so none is missed), and the queue's query
/// parameters, fed hostile ids: each is a 4xx problem naming the parameter, and nothing changes.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class RouteFuzzTests(SiloHostFixture host, ITestOutputHelper output)
{
    private const string Department = "logistics";
    private const string Agent = "agent-fuzz";

    [Fact]
    public async Task EveryRouteParameter_HostileId_Is4xxProblemNamingTheParameter_AndChangesNothing()
    {
        using var http = FuzzRun.Client(host);
        var run = new FuzzRun(output, "route parameters");
        var complaintId = await FuzzTargets.PrepareAsync(http, []);
        var customerId = ApiCalls.NewCustomer();
        var before = await StateAsync(http, complaintId, customerId);
        var endpoints = EndpointWalk.Of(host.Endpoints).Where(e => e.Pattern.StartsWith("/api/", StringComparison.Ordinal) && e.Pattern.Contains('{')).ToArray();
        foreach (var endpoint in endpoints)
        {
            var parameters = RouteParameter.Of(endpoint.Pattern);
            Assert.True(parameters.Count > 0, $"{endpoint}: a parameter the fuzz test does not know");
            var body = BodyEndpoints.All.FirstOrDefault(b => b.ToString() == endpoint.ToString())?.Body.ToJsonString();
            foreach (var parameter in parameters)
            {
                var hostile = parameter.IsComplaintId ? HostileIds.Any.Concat(HostileIds.ComplaintOnly) : HostileIds.Any;
                foreach (var id in hostile)
                {
                    var path = Fill(endpoint.Pattern.Replace(parameter.Placeholder, id, StringComparison.Ordinal), complaintId, customerId);
                    var failure = RouteParameter.ChangesThePath(id) && endpoint.Method == "GET"
                        ? await NoServerErrorAsync(http, path) // another resource, such as the department list, may answer
                        : await ProblemCheck.SendAsync(http, endpoint.Method, path, body is null ? null : ProblemCheck.Json(body),
                            RouteParameter.ChangesThePath(id) ? (_, _) => true : (_, field) => field == parameter.Field);
                    run.Record($"{endpoint} {parameter.Field} = {Shown(id)}", failure);
                }
                foreach (var (id, status) in HostileIds.RefusedByKestrel)
                {
                    var path = Fill(endpoint.Pattern.Replace(parameter.Placeholder, id, StringComparison.Ordinal), complaintId, customerId);
                    run.Record($"{endpoint} {parameter.Field} = {Shown(id)}", await KestrelRefusedAsync(http, endpoint.Method, path, status));
                }
            }
        }
        foreach (var (name, value) in QueueQueries())
        {
            var failure = await ProblemCheck.SendAsync(http, "GET", $"/api/departments/{Department}/queue?{name}={value}", null, (_, field) => field == name);
            run.Record($"GET queue ?{name}={Shown(value)}", failure);
        }
        if (await StateAsync(http, complaintId, customerId) != before)
            run.Fail("hostile route parameters changed the complaint, the customer or the department's shifts");
        run.Finish(minimum: 800);
    }

    /// <summary>The pattern's remaining parameters filled with valid values.</summary>
    private static string Fill(string pattern, string complaintId, string customerId) =>
        pattern.Replace("{agentId}", Agent, StringComparison.Ordinal).Replace("{id}",
            pattern.StartsWith("/api/complaints/", StringComparison.Ordinal) ? complaintId
            : pattern.StartsWith("/api/customers/", StringComparison.Ordinal) ? customerId : Department, StringComparison.Ordinal);

    /// <summary>What Kestrel refuses before the app (<see cref="HostileIds.RefusedByKestrel"/>): its status, and an answer at all.</summary>
    private static async Task<string?> KestrelRefusedAsync(HttpClient http, string method, string path, int status)
    {
        try
        {
            using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            return (int)response.StatusCode == status ? null : $"status {(int)response.StatusCode}, expected Kestrel's {status}";
        }
        catch (HttpRequestException ex)
        {
            return $"connection failed: {ex.Message}";
        }
    }

    private static async Task<string?> NoServerErrorAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path);
            return (int)response.StatusCode < 500 ? null : $"status {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return $"connection failed: {ex.Message}";
        }
    }

    private static IEnumerable<(string Name, string Value)> QueueQueries()
    {
        foreach (var limit in new[] { "-1", "0", "501", "1e3", "abc", "", "%00", "99999999999999999999", "%201", "1.5", "0x10", "%2B1", "%D9%A1", "1%2C2", new string('9', 7000) })
            yield return ("limit", limit);
        foreach (var after in HostileIds.Any.Concat(HostileIds.ComplaintOnly).Append("CMP-0000000000000").Where(a => !RouteParameter.ChangesThePath(a) || a == ".."))
            yield return ("after", after);
    }

    private static async Task<string> StateAsync(HttpClient http, string complaintId, string customerId)
    {
        var department = (await http.GetFromJsonAsync<JsonObject>($"/api/departments/{Department}"))!;
        return await FuzzTargets.ComplaintAsync(http, complaintId) + await FuzzTargets.CustomerAsync(http, customerId) + department["agentsOnShift"];
    }

    private static string Shown(string value) => value.Length > 40 ? $"{value[..20]}…({value.Length})" : value;
}
