using ComplaintGrid.Hosting;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>What one silo wrote, the next silo on the same file reads back.</summary>
public sealed class SqliteStoreDurabilityTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StateAndReminder_AfterTheSiloStopsAndANewOneStarts_ReadBack()
    {
        var grain = GrainId.Create("complaint", Guid.NewGuid().ToString("N"));
        var state = new GrainState<List<string>>(["filed", "acknowledged"]);
        var reminder = new ReminderEntry
        {
            GrainId = grain,
            ReminderName = "escalation",
            StartAt = new DateTime(2026, 3, 2, 9, 15, 0, DateTimeKind.Utc),
            Period = TimeSpan.FromMinutes(1),
        };
        string? reminderETag;
        await using (var first = await SqliteSiloHost.StartAsync(_database))
        {
            await first.GrainStorage.WriteStateAsync(ComplaintGridStorage.Name, grain, state);
            reminderETag = await first.ReminderTable.UpsertRow(reminder);
        }
        // Nothing of the first silo's connections survives: the second reads what is in the file.
        _database.CloseConnections();

        await using var second = await SqliteSiloHost.StartAsync(_database);
        var read = new GrainState<List<string>>();
        await second.GrainStorage.ReadStateAsync(ComplaintGridStorage.Name, grain, read);
        var readReminder = await second.ReminderTable.ReadRow(grain, "escalation");

        Assert.Equal(["filed", "acknowledged"], read.State);
        Assert.Equal(state.ETag, read.ETag);
        Assert.NotNull(readReminder);
        Assert.Equal(reminder.StartAt, readReminder.StartAt);
        Assert.Equal(reminder.Period, readReminder.Period);
        Assert.Equal(reminderETag, readReminder.ETag);
    }
}
