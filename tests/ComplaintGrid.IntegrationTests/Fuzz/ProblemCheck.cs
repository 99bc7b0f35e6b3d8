using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Sends one hostile request and says what is wrong with the answer, if anything: it must be a 4xx problem-details
/// body whose <c>code</c> and <c>field</c> are what the case expects, never a 5xx, a dropped connection or a bare status.
/// </summary>
public static class ProblemCheck
{
    public static async Task<string?> SendAsync(
        HttpClient http, string method, string path, HttpContent? content, Func<string, string, bool> expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException ex)
        {
            return $"connection failed: {ex.Message}";
        }
        using (response)
            return await CheckAsync(response, expected);
    }

    public static Task<string?> SendJsonAsync(HttpClient http, string method, string path, string json, Func<string, string, bool> expected) =>
        SendAsync(http, method, path, Json(json), expected);

    public static HttpContent Json(string json) => Bytes(Encoding.UTF8.GetBytes(json), "application/json");

    public static HttpContent Bytes(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response, Func<string, string, bool> expected)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var shown = text.Length > 300 ? text[..300] + "…" : text;
        if (status is < 400 or >= 500)
            return $"status {status}: {shown}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"status {status} with content type '{response.Content.Headers.ContentType}': {shown}";
        string? code, field;
        try
        {
            using var problem = JsonDocument.Parse(text);
            code = problem.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            field = problem.RootElement.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        }
        catch (JsonException)
        {
            return $"status {status}, problem body is not JSON: {shown}";
        }
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(field) || !expected(code, field))
            return $"status {status}, code '{code}', field '{field}' not expected: {shown}";
        return null;
    }
}
