using ComplaintGrid.Silo.Storage.History;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// Retention across a restart on the durable embedded store: a complaint closed before its silo is killed keeps its
/// texts until the period is over, and the restarted silo erases them then, in the complaint, its customer's view and
/// the history read model, keeping the facts.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class RetentionRestartTests : IAsyncLifetime
{
    // Long enough that the first silo is killed well before it is due, short enough for a test.
    private static readonly TimeSpan ClosedTextsAfter = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-retention-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ClosedBeforeAKill_RestartedSilo_ErasesItsTextsWhenThePeriodIsOver_KeepingTheFacts()
    {
        var gatewayPort = LoopbackPorts.Next();
        string[] arguments =
        [
            "--ComplaintGrid:Silo:Profile", "Embedded", "--ComplaintGrid:Embedded:DatabasePath", _databasePath,
            "--ComplaintGrid:Retention:ClosedTextsAfter", ClosedTextsAfter.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ];
        var customerId = "cust-" + Guid.NewGuid().ToString("N")[..10];
        var filing = new FileComplaint(customerId, Channel.Phone, SubjectKind.Order, "ORD-7701", "Jane Doe of 12 High Street says the zanzibarite parcel never came.",
            Demand.Refund, Category.Delivery, Severity.High, Guid.NewGuid().ToString("N"));
        var store = HistoryStores.Sqlite(_databasePath);
        ComplaintView closed;

        var first = await SiloProcess.StartAsync("retention-1", gatewayPort, arguments);
        await using (var client = await ClientHost.ConnectAsync(gatewayPort))
        {
            var id = (await client.Client.File(filing)).Id;
            await client.Client.Acknowledge(id, new AcknowledgeComplaint("agent-1", "We will call you on 0161 496 0000."));
            await client.Client.Assess(id, new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.Employee, "A refund to Jane.", [], "The courier lost it."));
            await client.Client.Route(id, new RouteComplaint("agent-1", null));
            await client.Client.StartInvestigation(id, new StartInvestigation("lead-1", "agent-7"));
            await client.Client.RecordInvestigation(id, new RecordInvestigation("agent-7", "The driver left it at 14 High Street.", "courier", null));
            await client.Client.ProposeRemedy(id, new ProposeRemedy("agent-7", RemedyKind.Refund, 20m, "Refund to Jane's card."));
            await client.Client.StartImplementation(id, new StartImplementation("agent-7"));
            await client.Client.Resolve(id, new ResolveComplaint("agent-7", "Refunded."));
            await client.Client.RecordFeedback(id, new RecordFeedback(true, "Jane is happy."));
            closed = await client.Client.Close(id, new CloseComplaint("lead-1", "Check neighbours' addresses.", "Photo on delivery.", "Verified."));
            Assert.Equal(ComplaintStatus.Closed, closed.Status);
            // Everything the restart must keep is stored before the kill: the complaint (with its retention reminder),
            // the customer's view and the history row of the close.
            await Eventually.Value(() => client.Client.GetCustomer(customerId), v => v.Complaints.Any(c => c.ComplaintId == id && c.Status == ComplaintStatus.Closed),
                "the customer view knows it closed", Deadline, Poll);
            await Eventually.Value(() => store.Get(id), r => r?.LastSequence == closed.Sequence, "the history holds the close", Deadline, Poll);
            // Still within the period when the silo goes: only the restarted one can erase it.
            Assert.Equal("ORD-7701", (await client.Client.Get(id)).Reference);
        }
        var killedAt = TimeProvider.System.GetUtcNow();
        Assert.True(killedAt < closed.Timeline[^1].At + ClosedTextsAfter, "the first silo is killed before the retention point");
        first.Kill();
        await first.DisposeAsync();

        await using var second = await SiloProcess.StartAsync("retention-2", gatewayPort, arguments);
        await using var reconnected = await ClientHost.ConnectAsync(gatewayPort);

        // Nothing reads the complaint until the row shows the erasure: the reminder alone must wake it.
        var row = await Eventually.Value(() => store.Get(closed.Id), r => r is not null && r.LastSequence > closed.Sequence,
            "the history holds the retention's erasure", Deadline, Poll);
        var view = await reconnected.Client.Get(closed.Id);
        var erasure = view.Timeline[^1];
        Assert.Equal((ComplaintEventKind.PersonalDataErased, ReservedActors.System), (erasure.Kind, erasure.Actor));
        Assert.True(erasure.At >= closed.Timeline[^1].At + ClosedTextsAfter, $"erased at {erasure.At:O}, not before the period was over");
        Assert.True(erasure.At > killedAt, $"erased at {erasure.At:O}, by the restarted silo (the first was killed at {killedAt:O})");

        // The complaint: texts erased, facts kept.
        Assert.Equal((ErasedText.Marker, ErasedText.Marker), (view.Description, view.Reference));
        Assert.Equal((ErasedText.Marker, ErasedText.Marker), (view.Classification!.OvertWants, view.Classification.Explanation));
        Assert.Equal(ErasedText.Marker, view.Investigation!.RootCause);
        Assert.Equal(ErasedText.Marker, view.Remedy!.Description);
        Assert.Equal(ErasedText.Marker, view.Feedback!.Comment);
        Assert.Equal((ErasedText.Marker, ErasedText.Marker), (view.Evaluation!.Lessons, view.Evaluation.PreventionAction));
        Assert.All(view.Timeline.Where(t => t.Kind == ComplaintEventKind.Acknowledged), t => Assert.Equal(ErasedText.Marker, t.Detail));
        Assert.Equal((customerId, ComplaintStatus.Closed, Category.Delivery, Severity.High), (view.CustomerId, view.Status, view.Category, view.Severity));
        Assert.Equal((true, ComplaintType.Substantive, Cause.Employee), (view.Classification.Upheld, view.Classification.Type, view.Classification.Cause));
        Assert.Equal((RemedyKind.Refund, 20m), (view.Remedy.Kind, view.Remedy.Amount));
        Assert.Equal(closed.Timeline.Select(t => (t.Sequence, t.Kind, t.At, t.Actor)), view.Timeline.SkipLast(1).Select(t => (t.Sequence, t.Kind, t.At, t.Actor)));

        // The customer's view.
        await Eventually.Value(() => reconnected.Client.GetCustomer(customerId),
            v => v.Complaints.Single(c => c.ComplaintId == closed.Id).Reference == ErasedText.Marker, "the customer view shows it erased", Deadline, Poll);

        // The read model: no personal text left in the row, and free text no longer finds it; the facts and events stay.
        Assert.Equal(view.Sequence, row!.LastSequence);
        Assert.Equal((ErasedText.Marker, ErasedText.Marker, ErasedText.Marker), (row.RootCause, row.Lessons, row.Prevention));
        Assert.Equal(ErasedText.Marker, row.Reference);
        Assert.DoesNotContain("Jane", row.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("zanzibarite", row.SearchText, StringComparison.Ordinal);
        Assert.Equal((ComplaintStatus.Closed, Category.Delivery, Severity.High, Cause.Employee, CloseOutcome.Resolved),
            (row.Status, row.Category, row.Severity, row.Cause, row.Outcome!.Value));
        Assert.Equal((RemedyKind.Refund, 20m, true), (row.RemedyKind!.Value, row.RemedyAmount!.Value, row.Satisfied!.Value));
        Assert.Equal(closed.FiledAt, row.FiledAt);
        var events = await store.Events(closed.Id);
        Assert.Equal(view.Timeline.Select(t => (t.Sequence, t.Kind)), events.Select(e => (e.Sequence, e.Kind)));
        var found = await reconnected.Client.Search(new ComplaintSearchQuery(customerId, null, null, null, null, null, null, null, null, "zanzibarite", ComplaintSearchQuery.DefaultLimit, null));
        Assert.Empty(found.Items);
        var byCustomer = await reconnected.Client.Search(new ComplaintSearchQuery(customerId, null, null, null, null, null, null, null, null, null, ComplaintSearchQuery.DefaultLimit, null));
        Assert.Equal((closed.Id, ComplaintStatus.Closed, Cause.Employee), (byCustomer.Items.Single().ComplaintId, byCustomer.Items.Single().Status, byCustomer.Items.Single().Cause!.Value));
    }
}
