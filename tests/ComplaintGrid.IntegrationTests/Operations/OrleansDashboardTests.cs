using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintGrid.IntegrationTests.Operations;

/// <summary>Orleans' own dashboard is served by the silo to operators, and to nobody else.</summary>
[Collection(OperationsHostCollection.Name)]
public sealed class OrleansDashboardTests(OperationsHostFixture host)
{
    [Theory]
    [InlineData("/orleans/")]
    [InlineData("/orleans/DashboardCounters")]
    [InlineData("/orleans/ClusterStats")]
    [InlineData("/orleans/Reminders")]
    [InlineData("/orleans/GrainState?grainId=x&grainType=y")]
    public async Task AnyRoute_Anonymous_RedirectsToSignIn(string path)
    {
        var response = await host.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/orleans/")]
    [InlineData("/orleans/DashboardCounters")]
    public async Task AnyRoute_Supervisor_IsForbidden(string path)
    {
        var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_Operator_IsOrleansDashboard()
    {
        var response = await host.OperatorHttp.GetAsync("/orleans/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Operator_LoadsTheScriptThatHidesTheLogStream_BeforeItsOwn()
    {
        var page = await host.OperatorHttp.GetStringAsync("/orleans/");
        var ours = page.IndexOf("<script src=\"/orleans/complaintgrid-menu.js\"></script>", StringComparison.Ordinal);

        Assert.True(ours >= 0, "the page does not load the menu script:\n" + page);
        Assert.True(ours < page.IndexOf("<script type=\"module\"", StringComparison.Ordinal), "the menu script comes after the page's own");
        Assert.Equal("window.hideTrace = true;", (await host.OperatorHttp.GetStringAsync("/orleans/complaintgrid-menu.js")).Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Http.GetAsync("/orleans/complaintgrid-menu.js")).StatusCode);
    }

    [Fact]
    public async Task Counters_Operator_ShowThisSiloAndItsDepartmentGrains()
    {
        // The live feed keeps the department grains active. Nothing is filed here: the metrics tests on this host count filings.
        // Counters are gathered once a second: wait for a report that includes them.
        var counters = await Eventually.Value(async () =>
        {
            var response = await host.OperatorHttp.GetAsync("/orleans/DashboardCounters");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }, HasDepartmentGrains, "a counters report that includes the department grains", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(500));

        Assert.Equal(1, (int)counters["totalActiveHostCount"]!);
    }

    [Fact]
    public async Task Api_Operator_IsForbidden()
    {
        // Operators run the cluster; complaints and customers are not theirs to read.
        var response = await host.OperatorHttp.GetAsync("/api/departments");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static bool HasDepartmentGrains(JsonNode counters) =>
        counters["simpleGrainStats"]!.AsArray().Any(s =>
            ((string?)s!["grainType"] ?? "").Contains("DepartmentGrain", StringComparison.Ordinal) && (int)s["activationCount"]! > 0);
}
