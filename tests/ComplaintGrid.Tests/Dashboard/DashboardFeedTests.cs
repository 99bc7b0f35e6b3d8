using System.ComponentModel.DataAnnotations;
using ComplaintGrid.Dashboard.Feed;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Tests.Dashboard;

/// <summary>
/// What a frame carries: only what changed (tile fields, new rows and rows whose complaint moved on, at-risk entries changed in more than their
/// <c>computedAt</c>), escalation rows with the tile change read with them, and whole snapshots for a client that watches again.
/// </summary>
public sealed class DashboardFeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private readonly DashboardFeed _feed = new(Options.Create(new DashboardFeedOptions()));

    [Fact]
    public void AnAtRiskBoardChangedOnlyInComputedAt_SendsNothing()
    {
        _feed.Apply([Read(View("logistics", open: 3))], null, new RiskBoard(1, [Risk("a", 0.9, Now), Risk("b", 0.5, Now)]));

        var changes = _feed.Apply([Read(View("logistics", open: 3))], null,
            new RiskBoard(2, [Risk("a", 0.9, Now.AddSeconds(1)), Risk("b", 0.5, Now.AddSeconds(1))]));

        Assert.Null(changes);
    }

    [Fact]
    public void AChangedAtRiskEntry_IsSentAloneWithTheBoardsOrder()
    {
        _feed.Apply([Read(View("logistics", open: 3))], null, new RiskBoard(1, [Risk("a", 0.9, Now), Risk("b", 0.5, Now)]));

        var changes = _feed.Apply([Read(View("logistics", open: 3))], null,
            new RiskBoard(2, [Risk("b", 0.95, Now.AddSeconds(1)), Risk("a", 0.9, Now.AddSeconds(1))]));
        var frame = _feed.FrameFor(changes!, null)!;

        Assert.Equal(["b"], frame.AtRisk!.Select(c => c.CustomerId));
        Assert.Equal(0.95, frame.AtRisk![0].Score);
        Assert.Equal(["b", "a"], frame.AtRiskOrder);
        Assert.Null(frame.Departments);
        Assert.Null(frame.Escalations);
    }

    [Fact]
    public void AChangedTile_SendsOnlyTheFieldsThatChanged()
    {
        _feed.Apply([Read(View("logistics", open: 3)), Read(View("finance", open: 1))], null, null);

        var frame = _feed.FrameFor(_feed.Apply([Read(View("logistics", open: 4)), Read(View("finance", open: 1))], null, null)!, null)!;

        var fields = Assert.Single(frame.Departments!);
        Assert.Equal(["departmentId", "open"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("logistics", fields["departmentId"].GetString());
        Assert.Equal(4, fields["open"].GetInt32());
        Assert.Null(frame.AtRisk);
        Assert.Null(frame.AtRiskOrder);
    }

    [Fact]
    public void ATileNewToTheHost_IsSentWhole()
    {
        var frame = _feed.FrameFor(_feed.Apply([Read(View("logistics", open: 3))], null, null)!, null)!;

        var fields = Assert.Single(frame.Departments!);
        Assert.Contains("name", fields.Keys);
        Assert.Contains("health", fields.Keys);
        Assert.Equal(3, fields["open"].GetInt32());
    }

    [Fact]
    public void AnEscalationReadWithItsDepartment_ComesInTheFrameOfItsTileChange()
    {
        _feed.Apply([Read(View("logistics", open: 3, breached: 0))], null, null);
        var escalation = Escalation("CMP-1", 2, Now);

        var frame = _feed.FrameFor(_feed.Apply([Read(View("logistics", open: 3, breached: 1), applied: 1, escalation)], null, null)!, null)!;

        Assert.Equal(1, Assert.Single(frame.Departments!)["breached"].GetInt32());
        Assert.Equal(escalation, Assert.Single(frame.Escalations!));
        Assert.Equal(1, _feed.EscalationsSeen["logistics"]);
    }

    [Fact]
    public void AnEscalationTheBoardBringsLater_IsNotSentAgain()
    {
        var escalation = Escalation("CMP-1", 2, Now);
        _feed.Apply([Read(View("logistics", open: 3), applied: 1, escalation)], null, null);

        var changes = _feed.Apply([Read(View("logistics", open: 3), applied: 1)], new EscalationBoard(1, [escalation]), null);

        Assert.Null(changes);
        Assert.Equal(escalation, Assert.Single(_feed.Snapshot(null).Escalations));
    }

    [Fact]
    public void ARowWhoseComplaintMovedOn_IsSentAsItsChangedFields_AndAnOlderWordNeverOverwritesIt()
    {
        var escalation = Escalation("CMP-1", 2, Now) with { StatusSequence = 2, ClockLevelNow = EscalationLevel.Breached };
        _feed.Apply([Read(View("logistics", open: 3), applied: 1, escalation)], null, null);
        var closed = escalation with { Status = ComplaintStatus.Closed, StatusSequence = 5, ClockLevelNow = EscalationLevel.None };

        var frame = _feed.FrameFor(_feed.Apply([Read(View("logistics", open: 2))], new EscalationBoard(1, [closed]), null)!, null)!;
        var stale = _feed.Apply([Read(View("logistics", open: 2))], new EscalationBoard(2, [escalation]), null);

        Assert.Null(frame.Escalations);
        Assert.Equal(new EscalationRowUpdate("CMP-1", 2, "logistics", ComplaintStatus.Closed, 5, EscalationLevel.None, Breaching: false),
            Assert.Single(frame.EscalationUpdates!));
        Assert.Null(stale);
        Assert.Equal(closed, Assert.Single(_feed.Snapshot(null).Escalations));
        // Another department's browsers are not sent the row's update.
        var later = _feed.Apply([Read(View("logistics", open: 2))], new EscalationBoard(3, [closed with { StatusSequence = 6 }]), null)!;
        Assert.Null(_feed.FrameFor(later, "finance"));
        Assert.Single(_feed.FrameFor(later, "logistics")!.EscalationUpdates!);
    }

    [Fact]
    public void AClientThatWatchesAgain_GetsEverythingInTheSnapshot()
    {
        _feed.Apply([Read(View("logistics", open: 3), applied: 1, Escalation("CMP-1", 2, Now))], null,
            new RiskBoard(1, [Risk("a", 0.9, Now)]));
        _feed.Apply([Read(View("logistics", open: 5), applied: 1)], null, new RiskBoard(2, [Risk("a", 0.9, Now.AddSeconds(1))]));

        var snapshot = _feed.Snapshot(null);

        var tile = Assert.Single(snapshot.Departments);
        Assert.Equal(5, tile.Open);
        Assert.Equal("Logistics", tile.Name);
        Assert.Equal("CMP-1", Assert.Single(snapshot.Escalations).ComplaintId);
        Assert.Equal("a", Assert.Single(snapshot.AtRisk).CustomerId);
        Assert.Equal(2, snapshot.Version);
    }

    [Theory]
    [InlineData("00:00:00.199", false)]
    [InlineData("00:00:00.200", true)]
    public void FrameInterval_BelowTwoHundredMilliseconds_IsRefusedNamingTheKey(string interval, bool valid)
    {
        var options = new DashboardFeedOptions { FrameInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };
        var results = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        if (!valid)
            Assert.Equal("ComplaintGrid:Dashboard:Feed:FrameInterval must be between 00:00:00.200 and 00:00:10.", Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void FrameInterval_ByDefault_IsTwoHundredMilliseconds() =>
        Assert.Equal(TimeSpan.FromMilliseconds(200), new DashboardFeedOptions().FrameInterval);

    private static DepartmentFeedRead Read(DepartmentView view, long applied = 0, params EscalationEntry[] escalations) =>
        new(view, applied, escalations);

    private static DepartmentView View(string id, int open, int breached = 0) =>
        new(id, char.ToUpperInvariant(id[0]) + id[1..], HealthColour.Green, [], open,
            new Dictionary<ComplaintStatus, int>(), new Dictionary<Severity, int>(), 0, null, 0, breached, null, null, null, null,
            0, 0, null, 0, 2, null, 0, 0, 0, Now, [], new BreachForecastView(0, Now.AddHours(1), TimeSpan.FromHours(1), 0, 0, 0, 0, 0, 0));

    private static CustomerRiskEntry Risk(string customerId, double score, DateTimeOffset computedAt) =>
        new(customerId, score, null, [new ChurnFactor("open complaints", 1, 0.5, 0.5, "One open complaint.")], 1, computedAt);

    private static EscalationEntry Escalation(string complaintId, long sequence, DateTimeOffset at) =>
        new(complaintId, sequence, at, ClockKind.FirstResponse, EscalationLevel.Breached, "logistics", null, "cust-1",
            Severity.High, Severity.High, ComplaintStatus.Received, at);
}
