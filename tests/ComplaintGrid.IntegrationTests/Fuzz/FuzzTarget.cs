using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Incidents;

namespace ComplaintGrid.IntegrationTests.Fuzz;

/// <summary>Where one endpoint is fuzzed: its path with a real id, its valid body, and what must not change.</summary>
public sealed class FuzzTarget
{
    private readonly Func<HttpClient, Task<string>> _snapshot;

    private FuzzTarget(string path, JsonObject body, Func<HttpClient, Task<string>> snapshot)
    {
        Path = path;
        Body = body;
        _snapshot = snapshot;
    }

    public string Path { get; }

    public JsonObject Body { get; }

    /// <summary>The state the endpoint could change, as text to compare.</summary>
    public Task<string> SnapshotAsync(HttpClient http) => _snapshot(http);

    /// <summary>
    /// A fresh customer for a filing or a profile (a flagged one to clear); a fresh complaint brought to the endpoint's
    /// status for an action; a fresh incident, opened through <paramref name="grains"/>, for an incident's act.
    /// </summary>
    public static async Task<FuzzTarget> PrepareAsync(HttpClient http, IGrainFactory grains, BodyEndpoint endpoint)
    {
        var body = endpoint.Body.DeepClone().AsObject();
        if (endpoint.Pattern.StartsWith("/api/incidents/{id}/", StringComparison.Ordinal))
        {
            var (incident, members) = await OpenedIncident.OpenAsync(grains, http);
            if (endpoint.Pattern.EndsWith("/members", StringComparison.Ordinal))
                body["complaintId"] = await http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
            var watched = members.Append((string?)body["complaintId"]).OfType<string>().Where(id => id.StartsWith("CMP-", StringComparison.Ordinal)
                && id != "CMP-0000000000000").ToArray();
            return new FuzzTarget(endpoint.Pattern.Replace("{id}", incident, StringComparison.Ordinal), body, async h =>
            {
                var text = (await h.GetFromJsonAsync<JsonObject>($"/api/incidents/{incident}"))!.ToJsonString();
                foreach (var id in watched)
                    text += await FuzzTargets.ComplaintAsync(h, id);
                return text;
            });
        }
        if (endpoint.Action is null)
        {
            var customer = ApiCalls.NewCustomer();
            if (endpoint.Pattern == "/api/complaints/")
            {
                // The cluster gives a complaint its id, so a filing that should not have landed is looked for in its customer's view.
                body["customerId"] = customer;
                return new FuzzTarget(endpoint.Pattern, body, h => FuzzTargets.CustomerAsync(h, customer));
            }
            if (endpoint.Pattern == "/api/customers/{id}/bad-faith/clear")
            {
                await FuzzTargets.FlaggedCustomerAsync(http, customer);
                return new FuzzTarget(endpoint.Pattern.Replace("{id}", customer, StringComparison.Ordinal), body,
                    async h => (await h.GetFromJsonAsync<JsonObject>($"/api/customers/{customer}/bad-faith"))!.ToJsonString());
            }
            if (endpoint.Pattern == "/api/customers/{id}/outcomes")
            {
                // Only a customer with a complaint on record may have an outcome; what it would change is kept in the registry.
                await FuzzTargets.CustomerWithComplaintAsync(http, customer);
                return new FuzzTarget(endpoint.Pattern.Replace("{id}", customer, StringComparison.Ordinal), body,
                    async h => await FuzzTargets.CustomerAsync(h, customer) + await FuzzTargets.OutcomesKeptAsync(h));
            }
            return new FuzzTarget(endpoint.Pattern.Replace("{id}", customer, StringComparison.Ordinal), body, h => FuzzTargets.CustomerAsync(h, customer));
        }
        var id = await FuzzTargets.PrepareAsync(http, endpoint.Setup);
        if (endpoint.Action == "merge")
        {
            // A merge needs a second complaint of the same customer: both are watched.
            var customer = (string)(await http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!["customerId"]!;
            var duplicate = await http.FileAsync(ApiCalls.Filing(customer));
            body["duplicates"] = new JsonArray(duplicate);
            return new FuzzTarget(endpoint.Pattern.Replace("{id}", id, StringComparison.Ordinal), body,
                async h => await FuzzTargets.ComplaintAsync(h, id) + await FuzzTargets.ComplaintAsync(h, duplicate));
        }
        return new FuzzTarget(endpoint.Pattern.Replace("{id}", id, StringComparison.Ordinal), body, h => FuzzTargets.ComplaintAsync(h, id));
    }
}
