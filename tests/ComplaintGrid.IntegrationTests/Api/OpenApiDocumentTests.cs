using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.Api;
using ComplaintGrid.Silo.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplaintGrid.IntegrationTests.Api;

[Collection(SiloHostCollection.Name)]
public sealed class OpenApiDocumentTests(SiloHostFixture fixture)
{
    [Fact]
    public async Task Document_Anonymous_Is401()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Http.BaseAddress };

        var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Document_ForAnyKey_ListsEveryMappedApiEndpoint()
    {
        // Any key may read it, whatever its scopes: a web form's file-only key included.
        using var withKey = new HttpClient { BaseAddress = fixture.Http.BaseAddress };
        withKey.DefaultRequestHeaders.Add("X-Api-Key", SiloHostFixture.FileKey);

        var response = await withKey.GetAsync("/openapi/v1.json");
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var documented = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {Normalise(p.Key)}"))
            .Order().ToArray();
        Assert.Equal(await MappedApiEndpoints(), documented);
    }

    [Fact]
    public async Task Document_NamesAndSummarisesEveryOperation_AndStatesItsScope()
    {
        var document = (await fixture.Http.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(op => op.Value!.AsObject())).ToArray();

        Assert.NotEmpty(operations);
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)op["operationId"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)op["summary"]));
            Assert.Matches("^Needs the '(read|file|act|approve|erase|bad-faith|model|merge)' scope", (string)op["description"]!);
        });
        Assert.Equal(operations.Length, operations.Select(op => (string)op["operationId"]!).Distinct().Count());
        Assert.Equal("X-Api-Key", (string)document["components"]!["securitySchemes"]!["ApiKey"]!["name"]!);
        var file = document["paths"]!["/api/complaints"]!["post"]!;
        Assert.Equal("file", (string)file["security"]![0]!["ApiKey"]![0]!);
        var erase = document["paths"]!["/api/customers/{id}/personal-data"]!["delete"]!;
        Assert.Equal(("ErasePersonalData", "erase", CustomersApi.Tag),
            ((string)erase["operationId"]!, (string)erase["security"]![0]!["ApiKey"]![0]!, (string)erase["tags"]![0]!));
        var fit = document["paths"]!["/api/churn/models/fit"]!["post"]!;
        Assert.Equal(("FitChurnModel", "model", ChurnApi.Tag),
            ((string)fit["operationId"]!, (string)fit["security"]![0]!["ApiKey"]![0]!, (string)fit["tags"]![0]!));
    }

    /// <summary>
    /// Every <c>/api</c> endpoint the silo maps, as "METHOD /path", read from the <see cref="EndpointDataSource"/>s of a
    /// silo app built the same way. Not started: mapping happens at build time, and routing copies these data sources
    /// into the services' composite only when the pipeline starts.
    /// </summary>
    private static async Task<string[]> MappedApiEndpoints()
    {
        await using var app = SiloApp.Create(["--ComplaintGrid:Silo:Profile", "Memory", "--Logging:LogLevel:Default", "Warning"]);
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .Order().ToArray();
    }

    /// <summary>The group's <c>/</c> makes <c>/api/complaints/</c>; the document writes <c>/api/complaints</c>.</summary>
    private static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
