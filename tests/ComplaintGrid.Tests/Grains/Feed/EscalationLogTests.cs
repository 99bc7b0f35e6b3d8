using ComplaintGrid.Grains.Feed;

namespace ComplaintGrid.Tests.Grains.Feed;

/// <summary>
/// The escalation feed's rows show each complaint as it is now, and paint a breach only by the rule the department
/// tile's breached count follows: an open complaint whose clock is still breached.
/// </summary>
public sealed class EscalationLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARowsStatus_FollowsTheComplaintsLaterEvents()
    {
        var log = new EscalationLog(new EscalationBoardState());
        log.Add([Breach("CMP-a", sequence: 3)]);

        Assert.True(log.Apply([], [Now("CMP-a", 5, ComplaintStatus.Investigating, resolution: EscalationLevel.Breached)]));

        var row = Assert.Single(log.ToBoard().Entries);
        Assert.Equal(ComplaintStatus.Investigating, row.Status);
        Assert.Equal(5, row.StatusSequence);
        Assert.Equal(3, row.Sequence);
    }

    [Fact]
    public void AnOlderEvent_NeverOverwritesANewerStatus()
    {
        var log = new EscalationLog(new EscalationBoardState());
        log.Add([Breach("CMP-a", sequence: 3)]);
        log.Apply([], [Now("CMP-a", 7, ComplaintStatus.Resolved)]);
        var version = log.State.Version;

        Assert.False(log.Apply([], [Now("CMP-a", 6, ComplaintStatus.Investigating, resolution: EscalationLevel.Breached)]));

        Assert.Equal(ComplaintStatus.Resolved, Assert.Single(log.ToBoard().Entries).Status);
        Assert.Equal(version, log.State.Version);
    }

    [Fact]
    public void AComplaintWithNoRow_ChangesNothing()
    {
        var log = new EscalationLog(new EscalationBoardState());
        log.Add([Breach("CMP-a", sequence: 3)]);
        var version = log.State.Version;

        Assert.False(log.Apply([], [Now("CMP-other", 9, ComplaintStatus.Closed)]));
        Assert.Equal(version, log.State.Version);
        Assert.DoesNotContain(log.State.Entries, e => e.ComplaintId == "CMP-other");
    }

    [Fact]
    public void ANewRow_BringsTheComplaintsOlderRowsUpToItsStatus()
    {
        var log = new EscalationLog(new EscalationBoardState());
        log.Add([Breach("CMP-a", sequence: 3)]);

        log.Add([Requested("CMP-a", sequence: 8, ComplaintStatus.Assigned)]);

        Assert.All(log.ToBoard().Entries, e => Assert.Equal(ComplaintStatus.Assigned, e.Status));
    }

    [Fact]
    public void ABreachRow_IsABreachWhileTheComplaintIsOpenAndItsClockStillBreached()
    {
        var log = new EscalationLog(new EscalationBoardState());
        log.Add([Breach("CMP-a", sequence: 3)]);
        Assert.True(Row(log).Breaching);

        // Acknowledged: the first-response clock stopped, so the tile no longer counts it, and the row is no breach either.
        log.Apply([], [Now("CMP-a", 4, ComplaintStatus.Acknowledged, firstResponse: EscalationLevel.None)]);
        Assert.False(Row(log).Breaching);
        Assert.Equal(EscalationLevel.None, Row(log).ClockLevelNow);
        Assert.Equal(EscalationLevel.Breached, Row(log).Level);
    }

    [Fact]
    public void ABreachRow_OfAClosedComplaint_IsNoBreach()
    {
        var log = new EscalationLog(new EscalationBoardState());
        log.Add([Breach("CMP-a", sequence: 3)]);

        log.Apply([], [Now("CMP-a", 9, ComplaintStatus.Closed, firstResponse: EscalationLevel.Breached)]);

        Assert.False(Row(log).Breaching);
    }

    [Fact]
    public void ACustomersRequestAndAnExpiredHold_AreNeverABreach_WhateverTheLevel()
    {
        var requested = Requested("CMP-a", 2, ComplaintStatus.Investigating) with { Level = EscalationLevel.Level3 };
        var expired = requested with { Sequence = 4, Kind = ComplaintEventKind.HoldExpired };

        Assert.False(requested.Breaching);
        Assert.False(expired.Breaching);
    }

    [Fact]
    public void AnAtRiskRow_IsNoBreach_EvenOnceItsClockBreached()
    {
        var atRisk = Breach("CMP-a", 2) with { Level = EscalationLevel.AtRisk, ClockLevelNow = EscalationLevel.Breached };

        Assert.False(atRisk.Breaching);
    }

    [Fact]
    public void FromAnEvent_KeepsItsClocksLiveLevel()
    {
        var summary = TestSummary() with { FirstResponseLevel = EscalationLevel.Breached };
        var e = new ComplaintEvent("CMP-a", 3, ComplaintEventKind.Escalated, Start, summary, null, ClockKind.FirstResponse, EscalationLevel.Breached);

        var entry = EscalationEntry.From(e)!;

        Assert.Equal(EscalationLevel.Breached, entry.ClockLevelNow);
        Assert.Equal(3, entry.StatusSequence);
        Assert.True(entry.Breaching);
    }

    private static EscalationEntry Row(EscalationLog log) => Assert.Single(log.ToBoard().Entries);

    private static EscalationEntry Breach(string id, long sequence) =>
        new(id, sequence, Start.AddMinutes(sequence), ClockKind.FirstResponse, EscalationLevel.Breached, "logistics", null, "cust-1",
            Severity.High, Severity.High, ComplaintStatus.Received, Start, [], ComplaintEventKind.Escalated, sequence, EscalationLevel.Breached);

    private static EscalationEntry Requested(string id, long sequence, ComplaintStatus status) =>
        new(id, sequence, Start.AddMinutes(sequence), null, EscalationLevel.Breached, "logistics", "agent-1", "cust-1",
            Severity.High, Severity.Critical, status, Start, [], ComplaintEventKind.EscalationRequested, sequence);

    private static ComplaintNow Now(string id, long sequence, ComplaintStatus status,
        EscalationLevel firstResponse = EscalationLevel.None, EscalationLevel resolution = EscalationLevel.None) =>
        new(id, sequence, status, firstResponse, EscalationLevel.None, resolution);

    private static ComplaintSummary TestSummary() =>
        new("CMP-a", "cust-1", "logistics", ComplaintStatus.Received, null, Severity.High, Severity.High, Category.Delivery,
            SubjectKind.Order, null, null, Start, null, null, null, null, null, EscalationLevel.None, EscalationLevel.None,
            EscalationLevel.None, EscalationLevel.None, 0, 0, 0, false, null, null);
}
