using ComplaintGrid.History;

namespace ComplaintGrid.IntegrationTests.Storage.History;

/// <summary>
/// Every figure of the service report and the root-cause Pareto, read by the store from hand-built history rows and
/// events, on SQLite and on PostgreSQL. Each test uses departments of its own, so tests share one database.
/// </summary>
public abstract class ComplaintReportStoreContract
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    protected abstract IComplaintHistoryStore Store { get; }

    [Fact]
    public async Task ServiceReport_ByWeek_CountsEveryFigurePerDepartmentAndWeek()
    {
        var (a, b) = (Department("a"), Department("b"));
        await Seed(a, b);

        var report = await Store.ServiceReport(new ServiceReportQuery(Monday, Monday.AddDays(13), "UTC", [a, b], ReportPeriod.Week), At(15, 23));

        Assert.Equal([(a, Monday), (a, Monday.AddDays(7)), (b, Monday), (b, Monday.AddDays(7))],
            report.Rows.Select(r => (r.DepartmentId, r.PeriodStart)));
        Assert.All(report.Rows, r => Assert.Equal(r.PeriodStart.AddDays(6), r.PeriodEnd));
        Assert.Equal(
            new ServiceReportRow(a, Monday, Monday.AddDays(6), Filed: 2, Closed: 1, OpenAtEnd: 2,
                new ServiceLevel(2, 1, 0.5), new ServiceLevel(1, 1, 1.0), new BreachCounts(1, 1, 0),
                ReopenRate: 0.0, SatisfactionRate: 1.0, RecoveryRate: null, PingPongHandOffs: 0, new RemedyTotals(1, 10.50m), HoldHours: 7),
            Normalised(report.Rows[0]));
        Assert.Equal(
            new ServiceReportRow(a, Monday.AddDays(7), Monday.AddDays(13), Filed: 2, Closed: 2, OpenAtEnd: 2,
                new ServiceLevel(1, 1, 1.0), new ServiceLevel(2, 1, 0.5), new BreachCounts(0, 0, 0),
                ReopenRate: 1.0, SatisfactionRate: 0.5, RecoveryRate: 0.5, PingPongHandOffs: 0, new RemedyTotals(1, 20.25m), HoldHours: 5),
            Normalised(report.Rows[1]));
        Assert.Equal(Empty(b, Monday), Normalised(report.Rows[2]));
        Assert.Equal(Empty(b, Monday.AddDays(7)) with { Breaches = new BreachCounts(0, 0, 1), PingPongHandOffs = 1 }, Normalised(report.Rows[3]));
    }

    [Fact]
    public async Task ServiceReport_ForOneDepartment_LeavesTheOthersOut()
    {
        var (a, b) = (Department("a"), Department("b"));
        await Seed(a, b);

        var onlyB = await Store.ServiceReport(new ServiceReportQuery(Monday, Monday.AddDays(13), "UTC", [b], ReportPeriod.Week), At(15, 23));
        var none = await Store.ServiceReport(new ServiceReportQuery(Monday, Monday.AddDays(13), "UTC", [], ReportPeriod.Week), At(15, 23));

        Assert.Equal([b, b], onlyB.Rows.Select(r => r.DepartmentId));
        Assert.Equal(1, onlyB.Rows[1].PingPongHandOffs);
        Assert.Empty(none.Rows);
    }

    [Fact]
    public async Task ServiceReport_ByMonth_OpenAtEndCarriesComplaintsFiledBeforeTheRange()
    {
        var (a, b) = (Department("a"), Department("b"));
        await Seed(a, b);

        var report = await Store.ServiceReport(new ServiceReportQuery(new(2026, 11, 1), new(2026, 11, 30), "UTC", [a], ReportPeriod.Month), At(15, 23));

        var row = Assert.Single(report.Rows);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (row.PeriodStart, row.PeriodEnd));
        // c4 was open when November began; c1, c2 and c4 closed in it; c3 and c6 are still open.
        Assert.Equal((4, 3, 2), (row.Filed, row.Closed, row.OpenAtEnd));
        Assert.Equal(new RemedyTotals(2, 30.75m), row.Remedies);
    }

    [Fact]
    public async Task ServiceReport_ARemedyThatIsNotMoney_CountsWithoutAnAmount()
    {
        var department = Department("remedy");
        await Store.Apply(Row(Id(), department, At(3, 9)) with
        {
            Status = ComplaintStatus.Closed, ClosedAt = At(4, 9), RemedyKind = RemedyKind.Exchange,
        }, []);

        var report = await Store.ServiceReport(new ServiceReportQuery(Monday, Monday.AddDays(6), "UTC", [department], ReportPeriod.Week), At(15, 0));

        var row = Assert.Single(report.Rows);
        Assert.Equal((1, 1, 0), (row.Filed, row.Closed, row.OpenAtEnd));
        Assert.Equal(new RemedyTotals(1, 0m), row.Remedies);
    }

    [Fact]
    public async Task ServiceReport_InEuropeLondon_CutsDaysAtLocalMidnightAcrossTheClockChange()
    {
        var department = Department("dst");
        // 00:30 GMT on 29 March, and 23:30 UTC that evening, which is 00:30 BST on 30 March.
        await Store.Apply(Row(Id(), department, new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero)), []);
        await Store.Apply(Row(Id(), department, new DateTimeOffset(2026, 3, 29, 23, 30, 0, TimeSpan.Zero)), []);

        var london = await Store.ServiceReport(new ServiceReportQuery(new(2026, 3, 29), new(2026, 3, 30), "Europe/London", [department], ReportPeriod.Day), At(15, 0));
        var utc = await Store.ServiceReport(new ServiceReportQuery(new(2026, 3, 29), new(2026, 3, 30), "UTC", [department], ReportPeriod.Day), At(15, 0));

        Assert.Equal([1, 1], london.Rows.Select(r => r.Filed));
        Assert.Equal([2, 0], utc.Rows.Select(r => r.Filed));
        Assert.Equal([1, 2], london.Rows.Select(r => r.OpenAtEnd));
    }

    [Fact]
    public async Task RootCauses_ByCause_CountsComplaintsAssessedInTheRange_LargestFirst_WithTheirTexts()
    {
        var department = Department("rc");
        await SeedCauses(department);

        var report = await Store.RootCauses(new RootCauseQuery(Monday, Monday.AddDays(6), "UTC", [department], RootCauseDimension.Cause));

        var pareto = Assert.Single(report.Departments);
        Assert.Equal((department, 3), (pareto.DepartmentId, pareto.Total));
        Assert.Equal([("System", 2, 0.6667, 0.6667), ("Employee", 1, 0.3333, 1.0)],
            pareto.Bars.Select(x => (x.Key, x.Count, x.Share, x.CumulativeShare)));
        // The erased lesson and the blank prevention action are left out.
        Assert.Equal(["Wrap it, \"fragile\"\non two lines"], pareto.Bars[0].Lessons.Select(t => t.Text));
        Assert.Equal(["Checklist"], pareto.Bars[0].Prevention.Select(t => t.Text));
        Assert.Equal(["Train the team"], pareto.Bars[1].Lessons.Select(t => t.Text));
    }

    [Fact]
    public async Task Reports_AComplaintClosedAsADuplicate_CountTheCustomersProblemOnceByItsPrimary()
    {
        var department = Department("dup");
        var (primary, duplicate) = (Id(), Id());
        await Store.Apply(Row(primary, department, At(3, 9)) with { Category = Category.Delivery }, []);
        await Store.Apply(Row(duplicate, department, At(3, 10)) with
        {
            Category = Category.Delivery, Status = ComplaintStatus.Closed, Outcome = CloseOutcome.Duplicate, ClosedAt = At(4, 9),
        }, []);

        var service = await Store.ServiceReport(new ServiceReportQuery(Monday, Monday.AddDays(6), "UTC", [department], ReportPeriod.Week), At(15, 0));
        var causes = await Store.RootCauses(new RootCauseQuery(Monday, Monday.AddDays(6), "UTC", [department], RootCauseDimension.Category));

        var row = Assert.Single(service.Rows);
        Assert.Equal((1, 0, 1), (row.Filed, row.Closed, row.OpenAtEnd));
        Assert.Equal([("Delivery", 1)], Assert.Single(causes.Departments).Bars.Select(x => (x.Key, x.Count)));
    }

    [Fact]
    public async Task RootCauses_ByCategoryAndByType_CountByFilingAndByAssessment()
    {
        var department = Department("rc");
        await SeedCauses(department);

        var category = await Store.RootCauses(new RootCauseQuery(Monday, Monday.AddDays(6), "UTC", [department], RootCauseDimension.Category));
        var type = await Store.RootCauses(new RootCauseQuery(Monday, Monday.AddDays(6), "UTC", [department], RootCauseDimension.Type));

        Assert.Equal([("Delivery", 2), ("Billing", 1)], Assert.Single(category.Departments).Bars.Select(x => (x.Key, x.Count)));
        Assert.Equal([("Substantive", 2), ("Enquiry", 1)], Assert.Single(type.Departments).Bars.Select(x => (x.Key, x.Count)));
    }

    [Fact]
    public async Task RootCauses_KeepsTheNewestTwentyTextsPerBar()
    {
        var department = Department("rc");
        for (var i = 0; i < RootCauseQuery.TextsPerBar + 1; i++)
        {
            var id = Id();
            await Store.Apply(Row(id, department, At(3, 9)) with
            {
                Cause = Cause.System, Lessons = $"lesson {i:00}", ClosedAt = At(4, 9).AddMinutes(i), Status = ComplaintStatus.Closed,
            }, [Event(id, 2, ComplaintEventKind.Assessed, At(3, 10))]);
        }

        var report = await Store.RootCauses(new RootCauseQuery(Monday, Monday.AddDays(6), "UTC", [department], RootCauseDimension.Cause));

        var bar = Assert.Single(Assert.Single(report.Departments).Bars);
        Assert.Equal(RootCauseQuery.TextsPerBar + 1, bar.Count);
        Assert.Equal(Enumerable.Range(1, RootCauseQuery.TextsPerBar).Reverse().Select(i => $"lesson {i:00}"), bar.Lessons.Select(t => t.Text));
    }

    /// <summary>
    /// Department a owns c1..c6 (c4 filed in October, c5 closed in October); department b owns none but gets a breach
    /// while it held c3, and hands c3 back to a, which c3 had already left.
    /// </summary>
    private async Task Seed(string a, string b)
    {
        var c1 = Id();
        await Store.Apply(Row(c1, a, At(3, 10)) with
        {
            AcknowledgedAt = At(3, 11), FirstResponseMet = true, ResolvedAt = At(5, 9), ResolutionMet = true, ClosedAt = At(6, 9),
            Status = ComplaintStatus.Closed, Satisfied = true, RemedyKind = RemedyKind.Refund, RemedyAmount = 10.50m,
        }, [Event(c1, 2, ComplaintEventKind.PutOnHold, At(3, 12), a), Event(c1, 3, ComplaintEventKind.Resumed, At(3, 18), a)]);

        var c2 = Id();
        await Store.Apply(Row(c2, a, At(4, 10)) with
        {
            AcknowledgedAt = At(4, 20), FirstResponseMet = false, ResolvedAt = At(10, 9), ResolutionMet = false, ClosedAt = At(11, 9),
            Status = ComplaintStatus.Closed, ReopenCount = 1, Satisfied = true, RemedyKind = RemedyKind.Compensation, RemedyAmount = 20.25m,
        },
        [
            Event(c2, 2, ComplaintEventKind.Escalated, At(4, 11), a) with { Clock = ClockKind.FirstResponse, Level = EscalationLevel.AtRisk },
            Event(c2, 3, ComplaintEventKind.Escalated, At(4, 12), a) with { Clock = ClockKind.FirstResponse, Level = EscalationLevel.Breached },
            // Rebuilt from the timeline: no department, so it is charged to the complaint's.
            Event(c2, 4, ComplaintEventKind.Escalated, At(5, 12)) with { Clock = ClockKind.CustomerUpdate, Level = EscalationLevel.Breached },
            // A reopen's step up the ladder has no clock: no breach.
            Event(c2, 5, ComplaintEventKind.Escalated, At(6, 12), a) with { Level = EscalationLevel.Breached },
        ]);

        var c3 = Id();
        await Store.Apply(Row(c3, a, At(10, 8)) with { AcknowledgedAt = At(12, 8), FirstResponseMet = true },
        [
            Event(c3, 2, ComplaintEventKind.HandedOff, At(10, 9), b) with { PreviousDepartmentId = a },
            Event(c3, 3, ComplaintEventKind.Escalated, At(10, 12), b) with { Clock = ClockKind.Resolution, Level = EscalationLevel.Breached },
            Event(c3, 4, ComplaintEventKind.HandedOff, At(11, 9), a) with { PreviousDepartmentId = b },
            // Rebuilt: charged to the complaint's department; four of its eight hours fall in the week.
            Event(c3, 5, ComplaintEventKind.PutOnHold, At(15, 20)),
            Event(c3, 6, ComplaintEventKind.Resumed, At(16, 4)),
        ]);

        var c4 = Id();
        await Store.Apply(Row(c4, a, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero)) with
        {
            ResolvedAt = At(9, 8), ResolutionMet = true, ClosedAt = At(9, 9), Status = ComplaintStatus.Closed, ReopenCount = 1, Satisfied = false,
        },
        [
            // An hour of this hold falls in the first week.
            Event(c4, 2, ComplaintEventKind.PutOnHold, new DateTimeOffset(2026, 11, 1, 22, 0, 0, TimeSpan.Zero), a),
            Event(c4, 3, ComplaintEventKind.Resumed, At(2, 1), a),
        ]);

        var c5 = Id();
        await Store.Apply(Row(c5, a, new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero)) with
        {
            ClosedAt = new DateTimeOffset(2026, 10, 15, 9, 0, 0, TimeSpan.Zero), Status = ComplaintStatus.Closed,
        }, []);

        // On hold, not resumed: counts until the report is read (23:00 on 15 November).
        var c6 = Id();
        await Store.Apply(Row(c6, a, At(14, 9)), [Event(c6, 2, ComplaintEventKind.PutOnHold, At(15, 22), a)]);
    }

    /// <summary>Three complaints assessed in the week (two System, one Employee), one assessed in October.</summary>
    private async Task SeedCauses(string department)
    {
        var r1 = Id();
        await Store.Apply(Row(r1, department, At(2, 9)) with
        {
            Cause = Cause.System, Type = ComplaintType.Substantive, Category = Category.Delivery, Status = ComplaintStatus.Closed, ClosedAt = At(5, 9),
            Lessons = "Wrap it, \"fragile\"\non two lines", Prevention = "Checklist",
        }, [Event(r1, 2, ComplaintEventKind.Assessed, At(3, 9))]);
        var r2 = Id();
        await Store.Apply(Row(r2, department, At(2, 9)) with
        {
            Cause = Cause.System, Type = ComplaintType.Enquiry, Category = Category.Delivery, Status = ComplaintStatus.Closed, ClosedAt = At(6, 9),
            Lessons = ErasedText.Marker, Prevention = " ",
        }, [Event(r2, 2, ComplaintEventKind.Assessed, At(4, 9))]);
        var r3 = Id();
        await Store.Apply(Row(r3, department, At(2, 9)) with
        {
            Cause = Cause.Employee, Type = ComplaintType.Substantive, Category = Category.Billing, Status = ComplaintStatus.Closed, ClosedAt = At(7, 9),
            Lessons = "Train the team",
        }, [Event(r3, 2, ComplaintEventKind.Assessed, At(5, 9))]);
        var r4 = Id();
        var october = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        await Store.Apply(Row(r4, department, october) with { Cause = Cause.Value, Type = ComplaintType.Venting, Category = Category.Policy },
            [Event(r4, 2, ComplaintEventKind.Assessed, october)]);
    }

    private static ServiceReportRow Empty(string department, DateOnly start) => new(department, start, start.AddDays(6), 0, 0, 0,
        new ServiceLevel(0, 0, null), new ServiceLevel(0, 0, null), new BreachCounts(0, 0, 0), null, null, null, 0, new RemedyTotals(0, 0m), 0);

    /// <summary>The row with its amount at two decimal places, as written, whatever scale the database answers with.</summary>
    private static ServiceReportRow Normalised(ServiceReportRow row) =>
        row with { Remedies = row.Remedies with { Amount = decimal.Round(row.Remedies.Amount, 2) } };

    private static DateTimeOffset At(int novemberDay, int hour) => new(2026, 11, novemberDay, hour, 0, 0, TimeSpan.Zero);

    private static string Department(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private static string Id() => "CMP-" + Guid.NewGuid().ToString("N")[..13].ToUpperInvariant();

    private static ComplaintHistoryEvent Event(string id, long sequence, ComplaintEventKind kind, DateTimeOffset at, string? department = null) =>
        new(id, sequence, kind, at, null, department, null, null, null);

    private static ComplaintHistoryRecord Row(string id, string department, DateTimeOffset filedAt) => new()
    {
        ComplaintId = id,
        CustomerId = "cust-report",
        Status = ComplaintStatus.Received,
        DepartmentId = department,
        Channel = Channel.Email,
        Category = Category.Delivery,
        Severity = Severity.Medium,
        Priority = Severity.Medium,
        FiledAt = filedAt,
        BreachCount = 0,
        ReopenCount = 0,
        HandOffCount = 0,
        EscalationLevel = EscalationLevel.None,
        SearchText = "",
        LastSequence = 9,
    };
}
