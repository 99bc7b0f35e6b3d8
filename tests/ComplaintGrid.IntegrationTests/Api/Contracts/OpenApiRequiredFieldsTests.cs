using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintGrid.Api;

namespace ComplaintGrid.IntegrationTests.Api.Contracts;

/// <summary>
/// The document's required body fields are exactly what the server requires: a body of only those fields gets past
/// validation, and leaving out any one of them is <c>400 field.required</c> naming it.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class OpenApiRequiredFieldsTests(SiloHostFixture fixture)
{
    /// <summary>A well-formed id no complaint has: a body that passes validation is then a 404, and nothing changes.</summary>
    private const string UnknownComplaint = "CMP-0000000000000";

    /// <summary>Values where the first allowed one would bring in a further, conditional rule (a Compensation needs an amount).</summary>
    private static readonly Dictionary<string, string> Chosen = new(StringComparer.Ordinal) { ["kind"] = "Exchange" };

    [Fact]
    public async Task EveryRequestBody_RequiresExactlyTheFieldsTheDocumentMarksRequired()
    {
        var document = (await fixture.Http.GetFromJsonAsync<JsonObject>(ApiOpenApi.Path))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var checkedBodies = 0;

        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation!["requestBody"]?["content"]?["application/json"]?["schema"] is not { } bodySchema)
                    continue;
                var schema = Resolve(bodySchema, schemas);
                var required = schema["required"]?.AsArray().Select(n => (string)n!).ToArray() ?? [];
                var path = template.Replace("{id}", template.StartsWith("/api/complaints", StringComparison.Ordinal) ? UnknownComplaint : ApiCalls.NewCustomer(), StringComparison.Ordinal);
                var minimal = new JsonObject();
                foreach (var field in required)
                    minimal[field] = SampleValue(field, Resolve(schema["properties"]![field]!, schemas));

                var passing = await SendAsync(method, path, minimal);
                Assert.True(passing.StatusCode != HttpStatusCode.BadRequest,
                    $"{method} {template} with only its required fields {minimal.ToJsonString()}: {await passing.Content.ReadAsStringAsync()}");

                foreach (var field in required)
                {
                    var without = minimal.DeepClone().AsObject();
                    without.Remove(field);
                    var refused = await SendAsync(method, path, without);
                    var problem = await refused.Json();
                    Assert.True(refused.StatusCode == HttpStatusCode.BadRequest
                        && problem["errors"]!.AsArray().Any(e => (string)e!["code"]! == "field.required" && (string)e["field"]! == field),
                        $"{method} {template} without {field}: {(int)refused.StatusCode} {problem.ToJsonString()}");
                }
                checkedBodies++;
            }
        }

        Assert.Equal(25, checkedBodies);
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path, JsonObject body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        // Filing needs an idempotency key, which the header may carry instead of the body.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return fixture.Http.SendAsync(request);
    }

    private static JsonNode SampleValue(string field, JsonObject schema)
    {
        if (schema["enum"] is JsonArray names)
            return JsonValue.Create(Chosen.GetValueOrDefault(field) ?? (string)names[0]!);
        // A list of complaint ids (a merge's duplicates): one well-formed id, which validation lets through.
        if (schema["type"]?.ToJsonString().Contains("\"array\"", StringComparison.Ordinal) == true)
            return new JsonArray(JsonValue.Create(UnknownComplaint));
        return schema["type"]?.ToString() switch
        {
            "boolean" => JsonValue.Create(true),
            "integer" or "number" => JsonValue.Create(10),
            _ => JsonValue.Create("sample-1"),
        };
    }

    /// <summary>Follows a <c>$ref</c> to its component.</summary>
    private static JsonObject Resolve(JsonNode schema, JsonObject components) =>
        schema["$ref"] is { } reference ? components[((string)reference!).Split('/')[^1]]!.AsObject() : schema.AsObject();
}
