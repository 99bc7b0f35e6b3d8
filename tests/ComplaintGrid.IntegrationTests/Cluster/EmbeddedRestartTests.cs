using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>The default profile is durable: a stopped and restarted silo has every complaint, and deadlines due meanwhile fire.</summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class EmbeddedRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"complaintgrid-restart-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RestartSilo_KeepsEveryComplaintAndFiresDeadlinesThatFellDueWhileDown()
    {
        var gatewayPort = LoopbackPorts.Next();
        string[] arguments =
        [
            "--ComplaintGrid:Silo:Profile", "Embedded",
            "--ComplaintGrid:Embedded:DatabasePath", _databasePath,
            "--ComplaintGrid:Clocks:Departments:logistics:Critical:FirstResponse", "00:00:08",
        ];
        // The gateway port stays the same across the restart so the client finds the silo again.
        var first = await SiloProcess.StartAsync("embedded-1", gatewayPort, arguments);
        var filed = new List<ComplaintView>();
        await using (var client = await ClientHost.ConnectAsync(gatewayPort))
        {
            for (var i = 0; i < 20; i++)
            {
                var view = await client.Client.File(LoadGenerator.Filing(1, i * 2)); // critical delivery: 8 s first response
                if (i % 4 == 0)
                    view = await client.Client.Acknowledge(view.Id, new AcknowledgeComplaint("agent-1", "On it."));
                filed.Add(view);
            }
        }

        await first.TerminateAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        // Down for longer than the at-risk point (6 s) and the breach (8 s) of every unacknowledged complaint.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var restartedAt = TimeProvider.System.GetUtcNow();
        await using var second = await SiloProcess.StartAsync("embedded-2", gatewayPort, arguments);
        await using var reconnected = await ClientHost.ConnectAsync(gatewayPort);

        foreach (var before in filed)
        {
            var after = await reconnected.Client.Get(before.Id);
            Assert.Equal(before.Status, after.Status);
            Assert.Equal(before.Timeline.Select(t => (t.Sequence, t.Kind, t.Detail)), after.Timeline.Take(before.Timeline.Count).Select(t => (t.Sequence, t.Kind, t.Detail)));
        }
        // The id secret is kept with the complaints: a filing retried after the restart finds the complaint it filed.
        Assert.Equal(filed[1].Id, (await reconnected.Client.File(LoadGenerator.Filing(1, 2))).Id);

        var waiting = filed.Where(f => f.Status == ComplaintStatus.Received).Select(f => f.Id).ToArray();
        var deadline = restartedAt + TimeSpan.FromSeconds(30);
        var breached = new Dictionary<string, DateTimeOffset>();
        while (breached.Count < waiting.Length && TimeProvider.System.GetUtcNow() < deadline)
        {
            foreach (var id in waiting.Except(breached.Keys))
            {
                var view = await reconnected.Client.Get(id);
                if (view.Escalations.FirstOrDefault(e => e.Level == EscalationLevel.Breached) is { } breach)
                    breached[id] = breach.At;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        output.WriteLine($"{filed.Count} complaints survived the restart; {breached.Count} of {waiting.Length} overdue deadlines fired, " +
            $"the last {(breached.Count == 0 ? 0 : (breached.Values.Max() - restartedAt).TotalSeconds):0.0} s after the restart began");
        Assert.Equal(waiting.Length, breached.Count);
        Assert.All(breached.Values, at => Assert.True(at - restartedAt < TimeSpan.FromSeconds(20), $"fired {(at - restartedAt).TotalSeconds:0.0} s after restart"));
    }
}
