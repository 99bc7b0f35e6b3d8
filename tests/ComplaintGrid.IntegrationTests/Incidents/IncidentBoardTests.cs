using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Dashboard;
using Microsoft.Playwright;

namespace ComplaintGrid.IntegrationTests.Incidents;

/// <summary>The board shows an incident as one row with its count and growth: in the hub's frames and snapshots, and on the page.</summary>
[Collection(IncidentHostCollection.Name)]
public sealed class IncidentBoardTests(IncidentHostFixture host, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ABurst_ReachesTheHub_AsOneIncidentRow_InAFrameAndTheNextSnapshot()
    {
        await using var hub = await HubConnections.Open(host.BaseAddress, IncidentHostFixture.Lead, IncidentHostFixture.LeadPassword);
        await Eventually.Value(() => hub.Watch(null), s => s["departments"]!.AsArray().Count > 0, "a snapshot with departments", Within);
        var (reference, description) = IncidentHostFixture.NewStory();

        var ids = await host.FileStory(reference, description, IncidentHostFixture.MinimumCount);
        var frame = await hub.WaitForFrame(f => Row(f, reference) is { } row && (int)row["count"]! == ids.Length, Within);

        var frameRow = Row(frame, reference)!;
        Assert.Equal(IncidentHostFixture.MinimumCount, (int)frameRow["growth"]!);
        Assert.Equal("logistics", (string)frameRow["departmentId"]!);
        Assert.Equal(ids.Order(), frameRow["complaintIds"]!.AsArray().Select(i => (string)i!).Order());
        Assert.Single(frame["incidents"]!.AsArray(), i => (string)i!["title"]! == reference);

        var snapshot = await hub.Watch("logistics");
        Assert.Equal(ids.Length, (int)Row(snapshot, reference)!["count"]!);
        var other = await hub.Watch("finance");
        Assert.Null(Row(other, reference));
    }

    [Fact]
    public async Task ThePage_ShowsABurst_AsOneIncidentRow_WithItsCount()
    {
        await using var context = await chromium.NewContextAsync();
        var page = (await WallScreen.SignIn(context, host.BaseAddress, IncidentHostFixture.Supervisor, IncidentHostFixture.SupervisorPassword)).Page;
        var (reference, description) = IncidentHostFixture.NewStory();

        var ids = await host.FileStory(reference, description, IncidentHostFixture.MinimumCount);

        var rows = page.Locator("#incidents tbody tr").Filter(new() { HasText = reference });
        await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = (float)Within.TotalMilliseconds });
        await Assertions.Expect(rows.Locator("td.count")).ToHaveTextAsync(IncidentHostFixture.MinimumCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(rows.Locator("td.growth")).ToHaveTextAsync($"+{IncidentHostFixture.MinimumCount}");

        // A member's escalation row is folded under the incident's row, and unfolds on demand.
        await host.Http.Act(ids[0], "escalate", """{"reason":"Third call about the same outage."}""");
        var escalation = page.Locator($"#escalations tr[data-complaint-id='{ids[0]}']");
        await Assertions.Expect(escalation).ToHaveCountAsync(1, new() { Timeout = (float)Within.TotalMilliseconds });
        await Assertions.Expect(escalation).ToBeHiddenAsync();
        var toggle = rows.Locator("td.folded button");
        await Assertions.Expect(toggle).ToHaveTextAsync("1 escalation folded");
        await toggle.ClickAsync();
        await Assertions.Expect(escalation).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory(), "board-incident.png"), FullPage = true });
    }

    private static JsonObject? Row(JsonObject snapshotOrFrame, string title) =>
        (snapshotOrFrame["incidents"] as JsonArray)?.Select(i => i!.AsObject()).FirstOrDefault(i => (string)i["title"]! == title);
}
