using ComplaintGrid.Dashboard.Feed;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Dashboard;

/// <summary>The incident part of the feed: the whole list, in a frame only when the incident board changed, filtered by department.</summary>
public sealed class DashboardFeedIncidentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private readonly DashboardFeed _feed = new(Options.Create(new DashboardFeedOptions()));

    [Fact]
    public void AChangedBoard_IsSentWhole_AndAnUnchangedOneNotAtAll()
    {
        var outage = Incident("INC-00000000000A", "logistics", count: 5);
        _feed.Apply([Read("logistics")], null, null, new IncidentBoard(1, [outage]));

        var grown = outage with { Count = 6, Growth = 6 };
        var frame = _feed.FrameFor(_feed.Apply([Read("logistics")], null, null, new IncidentBoard(2, [grown]))!, null)!;
        var again = _feed.Apply([Read("logistics")], null, null, new IncidentBoard(3, [grown with { ComplaintIds = [.. grown.ComplaintIds] }]));

        Assert.Equal([grown], frame.Incidents!);
        Assert.Null(frame.Departments);
        Assert.Null(again);
        Assert.Equal(3, _feed.IncidentBoardVersion);
    }

    [Fact]
    public void ADepartmentsFramesAndSnapshot_CarryOnlyItsIncidents()
    {
        var logistics = Incident("INC-00000000000B", "logistics", count: 5);
        var finance = Incident("INC-00000000000C", "finance", count: 7);

        var changes = _feed.Apply([Read("logistics"), Read("finance")], null, null, new IncidentBoard(1, [finance, logistics]))!;

        Assert.Equal([logistics], _feed.FrameFor(changes, "logistics")!.Incidents!);
        Assert.Equal([finance, logistics], _feed.FrameFor(changes, null)!.Incidents!);
        Assert.Equal([finance], _feed.Snapshot("finance").Incidents!);
        Assert.Equal([finance, logistics], _feed.Snapshot(null).Incidents!);
    }

    [Fact]
    public void AResolvedIncident_LeavesTheList_InTheNextFrame()
    {
        var outage = Incident("INC-00000000000D", "logistics", count: 5);
        _feed.Apply([Read("logistics")], null, null, new IncidentBoard(1, [outage]));

        var frame = _feed.FrameFor(_feed.Apply([Read("logistics")], null, null, new IncidentBoard(2, []))!, null)!;

        Assert.Empty(frame.Incidents!);
        Assert.Empty(_feed.Snapshot(null).Incidents!);
    }

    private static IncidentEntry Incident(string id, string departmentId, int count) =>
        new(id, departmentId, Category.Delivery, "OUT-1", count, count, Now, Enumerable.Range(1, count).Select(n => $"CMP-{n:D13}").ToArray());

    private static DepartmentFeedRead Read(string id) =>
        new(new DepartmentView(id, char.ToUpperInvariant(id[0]) + id[1..], HealthColour.Green, [], 1,
            new Dictionary<ComplaintStatus, int>(), new Dictionary<Severity, int>(), 0, null, 0, 0, null, null, null, null,
            0, 0, null, 0, 2, null, 0, 0, 0, Now, [], new BreachForecastView(0, Now.AddHours(1), TimeSpan.FromHours(1), 0, 0, 0, 0, 0, 0)), 0, []);
}
