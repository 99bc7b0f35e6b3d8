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

    /// <summary>
    /// Makes <paramref name="customerId"/> a customer with a raised bad-faith flag: the same story, new to the host, under
    /// three references, compensation asked each time.
    /// </summary>
    public static async Task FlaggedCustomerAsync(HttpClient http, string customerId)
    {
        var word = string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + c % 26)));
        var story = $"The parcel from {word} was left open on the doorstep and half of the contents were missing; I expect compensation for it.";
        foreach (var reference in new[] { "ORD-700001", "ORD-700002", "ORD-700003" })
        {
            var filing = ApiCalls.Filing(customerId);
            filing["description"] = $"{story} ({reference})";
            filing["reference"] = reference;
            filing["demand"] = "Compensation";
            await http.FileAsync(filing);
        }
        await Eventually.Value(() => http.GetFromJsonAsync<JsonObject>($"/api/customers/{customerId}/bad-faith"), v => (bool)v!["flagged"]!,
            "the customer is flagged", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
    }

    /// <summary>How many outcomes the churn model registry keeps.</summary>
    public static async Task<string> OutcomesKeptAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonObject>("/api/churn/models"))!["outcomes"]!.ToJsonString();
}
