using System.Collections.Concurrent;
using System.Diagnostics;
using ComplaintGrid.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>
/// Concurrent writers on the embedded store: before the serialized writer, Microsoft.Data.Sqlite's synchronous
/// lock waits blocked Orleans' scheduler threads for seconds under this kind of load.
/// </summary>
[Collection(SqliteLoadCollection.Name)]
public sealed class SqliteStoreConcurrencyTests : IAsyncLifetime
{
    private const int Writers = 64;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(3);
    private const int UpdatesPerAgent = 10;

    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GrainStorage_64ConcurrentWritersForSeconds_EveryWriteLandsInOrder()
    {
        await using var silo = await SqliteSiloHost.StartAsync(_database);
        var storage = silo.GrainStorage;
        var grains = Enumerable.Range(0, Writers).Select(i => GrainId.Create("load", $"writer-{i}")).ToArray();
        var clock = Stopwatch.StartNew();

        var writesPerGrain = await Task.WhenAll(grains.Select(grain => Task.Run(async () =>
        {
            var state = new GrainState<List<string>>([]);
            // At least one write each, however late a busy machine starts this writer.
            do
            {
                state.State!.Add($"write-{state.State.Count}");
                await storage.WriteStateAsync(ComplaintGridStorage.Name, grain, state);
            }
            while (clock.Elapsed < LoadDuration);
            return (Grain: grain, Count: state.State!.Count, state.ETag);
        })));

        foreach (var (grain, count, etag) in writesPerGrain)
        {
            var read = new GrainState<List<string>>();
            await storage.ReadStateAsync(ComplaintGridStorage.Name, grain, read);
            Assert.Equal(count, read.State!.Count);
            Assert.Equal($"write-{count - 1}", read.State[^1]);
            Assert.Equal(etag, read.ETag);
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), read.ETag);
        }
        AssertNoErrorsOrSlowTurns(silo.Logs);
    }

    [Fact]
    public async Task ComplaintGrains_64ConcurrentAgents_NoErrorsAndNoSlowTurns()
    {
        await using var silo = await SqliteSiloHost.StartAsync(_database, s => s.AddComplaintGrid());
        var agents = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async agent =>
        {
            var customer = $"cust-load-{agent}";
            var filing = new FileComplaint(customer, Channel.Phone, SubjectKind.Order, "ORD-1001",
                "The parcel arrived broken and nobody called back.", Demand.Refund, Category.Delivery, Severity.Medium, $"load-{agent}");
            var filed = await silo.Grains.FileComplaint(filing);
            var complaint = silo.Grains.GetGrain<IComplaintGrain>(filed.Id);
            await complaint.Acknowledge(new AcknowledgeComplaint($"agent-{agent}", "We are on it."));
            return (Agent: agent, Complaint: complaint);
        }));
        var failures = new ConcurrentQueue<Exception>();

        // A fixed amount of work per agent, not a time box: how much a busy 2-core CI machine gets through in a
        // few seconds varies, while what this test proves (no errors, no blocked scheduler turns) does not.
        var updates = await Task.WhenAll(agents.Select(a => Task.Run(async () =>
        {
            var done = 0;
            try
            {
                while (done < UpdatesPerAgent)
                {
                    await a.Complaint.InformCustomer(new InformCustomer($"agent-{a.Agent}", $"Update {done}."));
                    done++;
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
            return done;
        })));

        Assert.Empty(failures);
        Assert.All(updates, count => Assert.Equal(UpdatesPerAgent, count));
        AssertNoErrorsOrSlowTurns(silo.Logs);
    }

    private static void AssertNoErrorsOrSlowTurns(RecordingLoggerProvider logs)
    {
        // Orleans warns "Task ... took elapsed time ... which is longer than {TurnWarningLengthThreshold}" when a
        // turn holds a scheduler thread too long, and warns about work items queued too long behind one.
        var problems = logs.Entries
            .Where(e => e.Level >= LogLevel.Error
                || (e.Level == LogLevel.Warning && (e.Message.Contains("longer than", StringComparison.Ordinal)
                    || e.Category.StartsWith("Orleans.Runtime.Scheduler", StringComparison.Ordinal))))
            .Select(e => $"{e.Level} {e.Category}: {e.Message}")
            .ToList();
        Assert.Empty(problems);
    }
}
