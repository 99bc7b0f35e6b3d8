using System.Net;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.SqliteStore;
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
    private const string SecondUser = "pii-supervisor-2";
    private const string SecondPassword = "pii-supervisor-2-password";

    [Fact]
    public async Task FullLifecycleAndRefusals_AtTraceLevel_LogNoFreeTextOrContactDetails()
    {
        var marker = "PII" + Guid.NewGuid().ToString("N")[..12];
        string Personal(string what) => $"{what} {marker} Mrs Jane Example, jane.example@example.org, +44 20 7946 0958, 12 Lime Street";
        var recorder = new RecordingLoggerProvider();
        var databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-pii-{Guid.NewGuid():N}.db");
        var (app, address) = await TestSiloHost.StartAsync(
SiloArguments.OnLoopback("pii")
            .EmbeddedDatabase(databasePath)
            // Every category at its most verbose, the ones appsettings.json quietens included.
            .LogLevel("Default", "Trace")
            .LogLevel("Orleans", "Trace")
            .LogLevel("Microsoft.AspNetCore", "Trace")
            .User(User, Password, "supervisor")
            // Four eyes: the remedy one supervisor proposes, another approves.
            .User(SecondUser, SecondPassword, "supervisor"), services => services.AddSingleton<ILoggerProvider>(recorder));
        using var http = BasicAuth.Client(address, User, Password);
        using var second = BasicAuth.Client(address, SecondUser, SecondPassword);
        try
        {
            var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
            filing["description"] = Personal("The sofa arrived torn.");
            var id = await http.FileAsync(filing);
            await http.Act(id, "acknowledge", Body(new() { ["message"] = Personal("We are on it.") }));
            await http.Act(id, "escalate", Body(new() { ["reason"] = Personal("Nobody called back.") }));
            await http.Act(id, "assess", """{"upheld":true,"type":"substantive","cause":"System","underlyingWants":["ToBeKeptInformed"]}""");
            await http.Act(id, "route", """{}""");
            await http.Act(id, "start-investigation", """{"ownerAgentId":"agent-carl"}""");
            await http.Act(id, "hold", Body(new() { ["reason"] = Personal("Waiting for photos.") }));
            await http.Act(id, "resume", """{}""");
            await http.Act(id, "investigation", Body(new() { ["rootCause"] = Personal("Wrap skipped."), ["accountableOwner"] = "depot-north" }));
            await http.Act(id, "inform-customer", Body(new() { ["message"] = Personal("Still looking.") }));
            await http.Act(id, "propose-remedy", Body(new() { ["kind"] = "Compensation", ["amount"] = 800, ["description"] = Personal("Goodwill.") }));
            await second.Act(id, "approve-remedy", Body(new() { ["note"] = Personal("Within policy.") }));
            await http.Act(id, "resolve", Body(new() { ["customerMessage"] = Personal("Paid.") }));
            await http.Act(id, "feedback", Body(new() { ["satisfied"] = true, ["comment"] = Personal("Thanks.") }));
            await http.Act(id, "close", Body(new() { ["lessons"] = Personal("Wrap checks."), ["preventionAction"] = Personal("Checklist.") }));

            // The words are in the system, where they belong: the complaint's record carries them.
            Assert.Contains(marker, await http.GetStringAsync($"/api/complaints/{id}"), StringComparison.Ordinal);

            // Refusals carry the words too: an illegal transition, a field over its limit, a body that is not JSON.
            var illegal = await http.PostJson($"/api/complaints/{id}/acknowledge", Body(new() { ["message"] = Personal("Again.") }));
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
