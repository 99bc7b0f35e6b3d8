using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>Raw HTTP helpers: the tests send JSON text as an integration would and read JSON back without our types.</summary>
internal static class ApiCalls
{
    public static string NewCustomer() => "cust-" + Guid.NewGuid().ToString("N")[..10];

    public static JsonObject Filing(string customerId, string? key = null) => new()
    {
        ["customerId"] = customerId,
        ["channel"] = "phone",
        ["subject"] = "Order",
        ["reference"] = "ORD-88123",
        ["description"] = "The sofa arrived with a torn cover.",
        ["demand"] = "Exchange",
        ["category"] = "Delivery",
        ["severity"] = "High",
        ["idempotencyKey"] = key ?? Guid.NewGuid().ToString("N"),
    };

    public static Task<HttpResponseMessage> PostJson(this HttpClient http, string path, string json) =>
        http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostJson(this HttpClient http, string path, JsonNode body) =>
        http.PostJson(path, body.ToJsonString());

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<string> FileAsync(this HttpClient http, JsonObject filing)
    {
        var response = await http.PostJson("/api/complaints", filing);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Json())["id"]!;
    }

    public static async Task<JsonObject> Act(this HttpClient http, string id, string action, string json)
    {
        var response = await http.PostJson($"/api/complaints/{id}/{action}", json);
        var body = await response.Json();
        Assert.True(response.IsSuccessStatusCode, $"{action} failed: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }

    public static string Status(this JsonObject complaint) => (string)complaint["status"]!;

    public static string Text(this JsonNode? node) => node?.GetValue<JsonElement>().ToString() ?? "";
}
