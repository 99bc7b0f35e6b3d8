using ComplaintGrid.IntegrationTests.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Every field of every API body, fed every hostile value of its kind one at a time from a valid body: each is a 4xx
/// problem naming the field, and the complaint (or customer) is exactly as it was. The valid body is then accepted,
/// which proves the complaint was in a status where only the hostile value stood in the way.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class BodyFieldFuzzTests(SiloHostFixture host, ITestOutputHelper output)
{
    [Fact]
    public void BodyEndpoints_ListEveryMappedApiEndpointThatReadsABody()
    {
        var mapped = host.Endpoints
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(mapped, BodyEndpoints.All.Select(e => e.ToString()).Order(StringComparer.Ordinal));
        Assert.True(mapped.Length >= 19, $"only {mapped.Length} body endpoints found");
    }

    [Fact]
    public async Task EveryBodyField_HostileValue_Is4xxProblemNamingTheField_AndChangesNothing()
    {
        using var http = FuzzRun.Client(host);
        var run = new FuzzRun(output, "body fields");
        var values = new HostileJson(FuzzRun.Seed);
        foreach (var endpoint in BodyEndpoints.All)
        {
            var target = await FuzzTarget.PrepareAsync(http, host.Grains, endpoint);
            var before = await target.SnapshotAsync(http);
            foreach (var field in endpoint.Fields)
            {
                var cases = values.For(field).Select(v => (v.Label, Json: BodyMutation.With(target.Body, field.Path, v.Json)));
                if (field.Kind is FieldKind.Identifier or FieldKind.RequiredText or FieldKind.RequiredEnum or FieldKind.RequiredBool or FieldKind.Amount)
                    cases = cases.Append(("absent", BodyMutation.Without(target.Body, field.Path)));
                foreach (var (label, json) in cases)
                {
                    var failure = await ProblemCheck.SendJsonAsync(http, endpoint.Method, target.Path, json,
                        (code, named) => code.StartsWith("field.", StringComparison.Ordinal) && field.IsNamedBy(named));
                    run.Record($"{endpoint} {field.Path} = {label}", failure);
                }
            }
            if (await target.SnapshotAsync(http) != before)
                run.Fail($"{endpoint}: hostile fields changed the state");
            var accepted = await http.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), target.Path) { Content = ProblemCheck.Json(target.Body.ToJsonString()) });
            if (!accepted.IsSuccessStatusCode)
                run.Fail($"{endpoint}: the valid body was refused with {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
        }
        run.Finish(minimum: 1_000);
    }
}
