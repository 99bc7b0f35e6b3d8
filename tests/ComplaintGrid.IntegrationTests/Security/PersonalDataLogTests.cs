using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.SqliteStore;
using ComplaintGrid.IntegrationTests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Security;

/// <summary>
/// Customers' words (descriptions, messages, findings, feedback) are personal data: they live in the complaint and
/// its API, never in a log, at any level, whatever is logged around them, refusals included.
/// </summary>
public sealed class PersonalDataLogTests(ITestOutputHelper output)
{
    private const string User = "pii-supervisor";
    private const string Password = "pii-supervisor-password";

    [Fact]
    public async Task FullLifecycleAndRefusals_AtTraceLevel_LogNoFreeTextOrContactDetails()
    {
        var marker = "PII" + Guid.NewGuid().ToString("N")[..12];
        string Personal(string what) => $"{what} {marker} Mrs Jane Example, jane.example@example.org, +44 20 7946 0958, 12 Lime Street";
        var recorder = new RecordingLoggerProvider();
        var databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-pii-{Guid.NewGuid():N}.db");
        var (app, address) = await TestSiloHost.StartAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--ComplaintGrid:Silo:SiloPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:GatewayPort", LoopbackPorts.Next().ToString(),
            "--ComplaintGrid:Silo:ClusterId", "pii-" + Guid.NewGuid().ToString("N")[..8],
            "--ComplaintGrid:Embedded:DatabasePath", databasePath,
            // Every category at its most verbose, the ones appsettings.json quietens included.
            "--Logging:LogLevel:Default", "Trace",
            "--Logging:LogLevel:Orleans", "Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore", "Trace",
            "--ComplaintGrid:Dashboard:Users:0:Name", User,
            "--ComplaintGrid:Dashboard:Users:0:Password", Password,
            "--ComplaintGrid:Dashboard:Users:0:Role", "supervisor",
        ], services => services.AddSingleton<ILoggerProvider>(recorder));
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        try
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["description"] = Personal("The sofa arrived torn.");
            var id = await http.FileAsync(filing);
            await http.Act(id, "acknowledge", Body(new() { ["actor"] = "agent-ana", ["message"] = Personal("We are on it.") }));
            await http.Act(id, "escalate", Body(new() { ["requestedBy"] = "customer", ["reason"] = Personal("Nobody called back.") }));
            await http.Act(id, "assess", """{"actor":"agent-ana","upheld":true,"type":"substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}""");
            await http.Act(id, "route", """{"actor":"agent-ana"}""");
            await http.Act(id, "start-investigation", """{"actor":"lead-ben","ownerAgentId":"agent-carl"}""");
            await http.Act(id, "hold", Body(new() { ["actor"] = "agent-carl", ["reason"] = Personal("Waiting for photos.") }));
            await http.Act(id, "resume", """{"actor":"agent-carl"}""");
            await http.Act(id, "investigation", Body(new() { ["actor"] = "agent-carl", ["rootCause"] = Personal("Wrap skipped."), ["accountableOwner"] = "depot-north" }));
            await http.Act(id, "inform-customer", Body(new() { ["actor"] = "agent-carl", ["message"] = Personal("Still looking.") }));
            await http.Act(id, "propose-remedy", Body(new() { ["actor"] = "agent-carl", ["kind"] = "Compensation", ["amount"] = 800, ["description"] = Personal("Goodwill.") }));
            await http.Act(id, "approve-remedy", """{"supervisor":"sup-dana"}""");
            await http.Act(id, "resolve", Body(new() { ["actor"] = "agent-carl", ["customerMessage"] = Personal("Paid.") }));
            await http.Act(id, "feedback", Body(new() { ["satisfied"] = true, ["comment"] = Personal("Thanks.") }));
            await http.Act(id, "close", Body(new() { ["actor"] = "lead-ben", ["lessons"] = Personal("Wrap checks."), ["preventionAction"] = Personal("Checklist.") }));

            // The words are in the system, where they belong: the complaint's record carries them.
            Assert.Contains(marker, await http.GetStringAsync($"/api/complaints/{id}"), StringComparison.Ordinal);

            // Refusals carry the words too: an illegal transition, a field over its limit, a body that is not JSON.
            var illegal = await http.PostJson($"/api/complaints/{id}/acknowledge", Body(new() { ["actor"] = "agent-ana", ["message"] = Personal("Again.") }));
            Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
            var tooLong = ApiCalls.Filing(ApiCalls.NewCustomer());
            tooLong["description"] = Personal(new string('x', 4100));
            Assert.Equal(HttpStatusCode.BadRequest, (await http.PostJson("/api/complaints", tooLong)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await http.PostJson("/api/complaints", "{\"description\": \"" + Personal("broken") + "\"")).StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
                File.Delete(file);
        }

        var entries = recorder.Entries.ToArray();
        output.WriteLine($"{entries.Length} log entries captured at Trace level; searched for the marker, the name, the e-mail, the phone number and the address");
        foreach (var category in entries.GroupBy(e => e.Category).OrderByDescending(g => g.Count()).Take(8))
            output.WriteLine($"  {category.Count(),6} {category.Key}");
        Assert.True(entries.Length > 100, $"only {entries.Length} log entries: was Trace logging on?");
        string[] personal = [marker, "Jane Example", "jane.example@example.org", "7946 0958", "Lime Street"];
        var leaks = entries
            .Where(e => personal.Any(p => e.Message.Contains(p, StringComparison.OrdinalIgnoreCase) || (e.Exception?.ToString().Contains(p, StringComparison.OrdinalIgnoreCase) ?? false)))
            .Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}]: {e.Message[..Math.Min(300, e.Message.Length)]}")
            .ToArray();
        Assert.True(leaks.Length == 0, "personal data in the logs:\n" + string.Join("\n", leaks.Take(10)));
    }

    private static string Body(JsonObject body) => body.ToJsonString();
}
