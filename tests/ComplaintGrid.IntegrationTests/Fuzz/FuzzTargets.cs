using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>Brings fresh complaints to the status an endpoint needs, and reads what a refused request must leave as it was.</summary>
public static class FuzzTargets
{
    /// <summary>Files a complaint and replays <paramref name="setup"/>; returns its id.</summary>
    public static async Task<string> PrepareAsync(HttpClient http, IReadOnlyList<string> setup)
    {
        var id = await http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        foreach (var step in setup)
        {
            var action = step == "propose-apology" ? "propose-remedy" : step;
            await http.Act(id, action, BodyEndpoints.SetupBodies[step]);
        }
        return id;
    }

    /// <summary>The complaint without its running clocks, whose elapsed time moves with the real clock.</summary>
    public static async Task<string> ComplaintAsync(HttpClient http, string id)
    {
        var complaint = (await http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;
        complaint.Remove("clocks");
        return complaint.ToJsonString();
    }

    /// <summary>The customer's profile and complaints; churn scores move with the clock and are left out.</summary>
    public static async Task<string> CustomerAsync(HttpClient http, string customerId)
    {
        var customer = (await http.GetFromJsonAsync<JsonObject>($"/api/customers/{customerId}"))!;
        return new JsonArray(customer["profile"]?.DeepClone(), customer["totalComplaints"]?.DeepClone(), customer["complaints"]?.DeepClone()).ToJsonString();
    }

    /// <summary>Files a complaint for <paramref name="customerId"/> and waits until the customer's view has heard of it.</summary>
    public static async Task CustomerWithComplaintAsync(HttpClient http, string customerId)
    {
        await http.FileAsync(ApiCalls.Filing(customerId));
        await Eventually.Value(() => http.GetFromJsonAsync<JsonObject>($"/api/customers/{customerId}"),
            v => (int)v!["totalComplaints"]! == 1, "the customer has heard of the complaint", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50));
    }

    /// <summary>How many outcomes the churn model registry keeps.</summary>
    public static async Task<string> OutcomesKeptAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonObject>("/api/churn/models"))!["outcomes"]!.ToJsonString();
}
