using ComplaintGrid.IntegrationTests.Api;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>
/// Every API endpoint with a body, sent bodies that are not its JSON at all (<see cref="HostileBodies"/>): each is a
/// 4xx problem naming the body, never a 500 or a dropped connection, and nothing changes.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class WholeBodyFuzzTests(SiloHostFixture host, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryBodyEndpoint_HostileBody_Is4xxProblemNamingTheBody_AndChangesNothing()
    {
        using var http = FuzzRun.Client(host);
        var run = new FuzzRun(output, "whole bodies");
        foreach (var endpoint in BodyEndpoints.All)
        {
            var target = await FuzzTarget.PrepareAsync(http, host.Grains, endpoint);
            var before = await target.SnapshotAsync(http);
            foreach (var body in HostileBodies.For(target.Body))
            {
                var failure = await ProblemCheck.SendAsync(http, endpoint.Method, target.Path, body.Content(), body.Expects);
                run.Record($"{endpoint} {body}", failure);
            }
            if (await target.SnapshotAsync(http) != before)
                run.Fail($"{endpoint}: hostile bodies changed the state");
        }
        run.Finish(minimum: 500);
    }
}
