namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>Erased texts stay erased on the durable embedded store, even when the silo is killed right after the erasure.</summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class ErasureRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-erasure-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KilledAfterAnErasure_RestartedSilo_StillShowsEveryTextErased()
    {
        var gatewayPort = LoopbackPorts.Next();
        string[] arguments = ["--ComplaintGrid:Silo:Profile", "Embedded", "--ComplaintGrid:Embedded:DatabasePath", _databasePath];
        var customerId = "cust-" + Guid.NewGuid().ToString("N")[..10];
        var openFiling = Filing(customerId, "ORD-5501");
        var closedFiling = Filing(customerId, "ORD-5502");
        string openId, closedId;

        var first = await SiloProcess.StartAsync("erasure-1", gatewayPort, arguments);
        await using (var client = await ClientHost.ConnectAsync(gatewayPort))
        {
            openId = (await client.Client.File(openFiling)).Id;
            await client.Client.Acknowledge(openId, new AcknowledgeComplaint("agent-1", "We will call you on 0161 496 0000."));
            closedId = (await client.Client.File(closedFiling)).Id;
            await client.Client.Acknowledge(closedId, new AcknowledgeComplaint("agent-1", "On it."));
            await client.Client.Assess(closedId, new AssessComplaint("agent-1", false, ComplaintType.Enquiry, Cause.System, null, [], "Delivered on the promised day."));
            await client.Client.Close(closedId, new CloseComplaint("lead-1", null, null, null));
            await Eventually.Value(() => client.Client.GetCustomer(customerId), v => v.TotalComplaints == 2, "the customer view knows both", Deadline, Poll);

            var erasure = await client.Client.ErasePersonalData(customerId, new ErasePersonalData("sup-1"));
            Assert.Equal(new PersonalDataErasure(customerId, 2, 2), erasure);
        }
        // No graceful shutdown: the views may not have stored their checkpoints; the complaints' outboxes hold the erasure.
        first.Kill();
        await first.DisposeAsync();

        await using var second = await SiloProcess.StartAsync("erasure-2", gatewayPort, arguments);
        await using var reconnected = await ClientHost.ConnectAsync(gatewayPort);

        foreach (var id in new[] { openId, closedId })
        {
            var view = await reconnected.Client.Get(id);
            Assert.Equal((ErasedText.Marker, ErasedText.Marker), (view.Description, view.Reference));
            Assert.Equal(ComplaintEventKind.PersonalDataErased, view.Timeline[^1].Kind);
            Assert.All(view.Timeline.Where(t => t.Kind == ComplaintEventKind.Acknowledged), t => Assert.Equal(ErasedText.Marker, t.Detail));
        }
        Assert.Equal(ErasedText.Marker, (await reconnected.Client.Get(closedId)).Classification!.Explanation);
        await Eventually.Value(() => reconnected.Client.GetCustomer(customerId),
            v => v.Complaints.Count == 2 && v.Complaints.All(c => c.Reference == ErasedText.Marker), "the customer view shows both erased", Deadline, Poll);
        // A retried filing finds its complaint and does not bring the texts back.
        var retried = await reconnected.Client.File(openFiling);
        Assert.Equal((openId, ErasedText.Marker), (retried.Id, retried.Description));
        // Nothing left to erase.
        Assert.Equal(0, (await reconnected.Client.ErasePersonalData(customerId, new ErasePersonalData("sup-1"))).ComplaintsErased);
    }

    private static FileComplaint Filing(string customerId, string reference) =>
        new(customerId, Channel.Phone, SubjectKind.Order, reference, "Jane Doe of 12 High Street says the parcel never came.",
            Demand.Refund, Category.Delivery, Severity.Medium, Guid.NewGuid().ToString("N"));
}
