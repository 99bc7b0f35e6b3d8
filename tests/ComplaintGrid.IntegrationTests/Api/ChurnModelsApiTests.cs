using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.IntegrationTests.Api;

/// <summary>
/// <c>/api/churn/models</c> and the client's fit, on a host of their own (a class fixture): adopting a model changes every
/// customer's score, which the other API tests must not see. One test walks the whole story, since each fit depends on the
/// outcomes and models the previous steps left.
/// </summary>
public sealed class ChurnModelsApiTests(SiloHostFixture fixture) : IClassFixture<SiloHostFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Above the default minimum of 50 with room for the held-out share.</summary>
    private const int Customers = 90;

    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Fit_RefusesTooFew_ThenAdoptsAModelThatRanksHeldOutCustomersBetter_AndScoresUseIt()
    {
        // Nothing recorded yet: refused, nothing changed.
        var tooFew = await _http.PostAsync("/api/churn/models/fit", null);
        var problem = await tooFew.Json();
        Assert.True(tooFew.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        Assert.Equal((ErrorCodes.TooFewOutcomes, "outcomes"), ((string)problem["code"]!, (string)problem["field"]!));
        var before = (await _http.GetFromJsonAsync<JsonObject>("/api/churn/models"))!;
        Assert.Equal(("churn-v1", false, 0), ((string)before["current"]!["version"]!, (bool)before["current"]!["fitted"]!, before["previous"]!.AsArray().Count));
        Assert.Equal(11, before["current"]!["weights"]!.AsArray().Count);

        // Who may fit: supervisors and leads bound to no department; not agents, nor a lead bound to one.
        using var agent = fixture.BasicClient(SiloHostFixture.LogisticsAgent, SiloHostFixture.BoundPassword);
        using var boundLead = fixture.BasicClient(SiloHostFixture.BillingLead, SiloHostFixture.BoundPassword);
        using var actKey = fixture.KeyClient(SiloHostFixture.ActKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync("/api/churn/models/fit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await boundLead.PostAsync("/api/churn/models/fit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await actKey.PostAsync("/api/churn/models/fit", null)).StatusCode);

        // Valuable customers leave and the others stay: the hand-set model (value lowers the score) ranks them backwards.
        var customers = Enumerable.Range(0, Customers).Select(_ => ApiCalls.NewCustomer()).ToArray();
        for (var i = 0; i < customers.Length; i++)
        {
            await _http.FileAsync(ApiCalls.Filing(customers[i]));
            var tier = i % 2 == 0 ? "Platinum" : "Unknown";
            var profile = await _http.PutAsync($"/api/customers/{customers[i]}/profile", JsonContent.Create(new { valueTier = tier }));
            profile.EnsureSuccessStatusCode();
        }
        for (var i = 0; i < customers.Length; i++)
        {
            var customer = customers[i];
            await Eventually.Value(() => _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}"),
                v => (int)v!["totalComplaints"]! == 1, "the customer has heard of the complaint", Deadline, Poll);
            var recorded = await _http.PostJson($"/api/customers/{customer}/outcomes", i % 2 == 0 ? """{"outcome":"left"}""" : """{"outcome":"stayed"}""");
            Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        }

        using var lead = fixture.BasicClient(SiloHostFixture.Lead, SiloHostFixture.LeadPassword);
        var response = await lead.PostAsync("/api/churn/models/fit", null);
        var fit = await response.Json();

        Assert.True(response.StatusCode == HttpStatusCode.OK, fit.ToJsonString());
        Assert.True((bool)fit["adopted"]!, fit.ToJsonString());
        Assert.Equal(("churn-v2", "churn-v1"), ((string)fit["candidateVersion"]!, (string)fit["currentVersion"]!));
        Assert.True((double)fit["candidateAuc"]! > (double)fit["currentAuc"]!, fit.ToJsonString());
        Assert.Equal(1.0, (double)fit["candidateAuc"]!);
        Assert.Equal(Customers, (int)fit["trainingOutcomes"]! + (int)fit["heldOutOutcomes"]!);
        Assert.Equal(Customers / 2, (int)fit["churned"]!);

        var models = (await _http.GetFromJsonAsync<JsonObject>("/api/churn/models"))!;
        Assert.Equal(("churn-v2", true, 1.0), ((string)models["current"]!["version"]!, (bool)models["current"]!["fitted"]!, (double)models["current"]!["heldOutAuc"]!));
        var previous = Assert.Single(models["previous"]!.AsArray());
        Assert.Equal(("churn-v1", (double)fit["currentAuc"]!), ((string)previous!["version"]!, (double)previous["heldOutAuc"]!));
        var valueWeight = models["current"]!["weights"]!.AsArray().Single(w => (string)w!["name"]! == "valueTier")!;
        Assert.True((double)valueWeight["weight"]! > 0, models.ToJsonString());

        // Scores computed now use the adopted weights and carry its version: a platinum customer now scores above the others.
        var platinum = (await _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customers[0]}"))!;
        var ordinary = (await _http.GetFromJsonAsync<JsonObject>($"/api/customers/{customers[1]}"))!;
        Assert.Equal("churn-v2", (string)platinum["risk"]!["modelVersion"]!);
        Assert.True((double)platinum["risk"]!["score"]! > (double)ordinary["risk"]!["score"]!);

        // Through the client: the same registry; a second fit on the same outcomes only ties the adopted model.
        var client = new ComplaintGridClient(fixture.Grains, Options.Create(new ComplaintGridClientOptions()), NullLogger<ComplaintGridClient>.Instance);
        Assert.Equal("churn-v2", (await client.ChurnModels()).Current.Version);
        var second = await client.FitChurnModel();
        Assert.False(second.Adopted);
        Assert.Equal(("churn-v3", "churn-v2"), (second.CandidateVersion, second.CurrentVersion));
        Assert.Equal("churn-v2", (await client.ChurnModels()).Current.Version);
    }
}
