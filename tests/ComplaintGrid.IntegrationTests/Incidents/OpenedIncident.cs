using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.Domain.Incidents;
using ComplaintGrid.Domain.Text;
using ComplaintGrid.Grains.Incidents;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Incidents;

/// <summary>
/// An incident opened on a host whose detection is off (the shared hosts: their tests file one story again and again),
/// by handing its complaints to the incident grain as the detector would.
/// </summary>
internal static class OpenedIncident
{
    /// <summary>Files <paramref name="members"/> Delivery complaints of one new story and opens an incident of them; returns its id and theirs.</summary>
    public static async Task<(string Id, string[] Complaints)> OpenAsync(IGrainFactory grains, HttpClient http, int members = 2)
    {
        var (reference, description) = IncidentHostFixture.NewStory();
        var complaints = new List<string>();
        var filings = new List<IncidentFiling>();
        for (var i = 0; i < members; i++)
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["reference"] = reference;
            filing["description"] = description;
            var id = await http.FileAsync(filing);
            var view = (await http.GetFromJsonAsync<JsonObject>($"/api/complaints/{id}"))!;
            complaints.Add(id);
            filings.Add(new IncidentFiling(id, (string)view["departmentId"]!, Category.Delivery, reference, description,
                TextFingerprint.Of(description), DateTimeOffset.Parse((string)view["filedAt"]!, System.Globalization.CultureInfo.InvariantCulture)));
        }
        var incident = IncidentIds.New();
        await grains.GetGrain<IIncidentOpeningGrain>(incident).Add(filings[0].DetectorKey, reference, reference, filings);
        await Eventually.Value(() => http.GetFromJsonAsync<JsonObject>($"/api/incidents/{incident}"),
            v => v!["members"]!.AsArray().Count == members, "the incident lists its members", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50));
        return (incident, [.. complaints]);
    }
}
