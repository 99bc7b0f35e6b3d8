namespace ComplaintGrid.IntegrationTests.Storage;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task UpsertRow_NewReminder_ReadRowReturnsItWithTheReturnedETag()
    {
        var entry = NewReminder(NewReminderGrain(), "escalation");

        var etag = await ReminderTable.UpsertRow(entry);
        var read = await ReminderTable.ReadRow(entry.GrainId, entry.ReminderName);

        Assert.False(string.IsNullOrEmpty(etag));
        Assert.NotNull(read);
        Assert.Equal((entry.GrainId, "escalation", entry.StartAt, entry.Period, etag),
            (read.GrainId, read.ReminderName, read.StartAt, read.Period, read.ETag));
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
    }

    [Fact]
    public async Task UpsertRow_ExistingReminder_ReplacesTimesAndChangesETag()
    {
        var entry = NewReminder(NewReminderGrain(), "escalation");
        var firstETag = await ReminderTable.UpsertRow(entry);
        var moved = NewReminder(entry.GrainId, "escalation", entry.StartAt.AddHours(3), TimeSpan.FromMinutes(7));

        var secondETag = await ReminderTable.UpsertRow(moved);
        var read = await ReminderTable.ReadRow(entry.GrainId, "escalation");

        Assert.NotEqual(firstETag, secondETag);
        Assert.NotNull(read);
        Assert.Equal((moved.StartAt, moved.Period, secondETag), (read.StartAt, read.Period, read.ETag));
    }

    [Fact]
    public async Task UpsertRow_PeriodLongerThanIntMilliseconds_RoundTrips()
    {
        // Orleans binds periods above int.MaxValue milliseconds (24.8 days) as bigint instead of int.
        var entry = NewReminder(NewReminderGrain(), "quarterly", period: TimeSpan.FromDays(90));

        await ReminderTable.UpsertRow(entry);
        var read = await ReminderTable.ReadRow(entry.GrainId, "quarterly");

        Assert.Equal(TimeSpan.FromDays(90), read?.Period);
    }

    [Fact]
    public async Task ReadRow_UnknownReminder_ReturnsNull()
    {
        var grain = NewReminderGrain();
        await ReminderTable.UpsertRow(NewReminder(grain, "known"));

        Assert.Null(await ReminderTable.ReadRow(grain, "unknown"));
        Assert.Null(await ReminderTable.ReadRow(NewReminderGrain(), "known"));
    }

    [Fact]
    public async Task ReadRows_GrainWithTwoReminders_ReturnsExactlyThatGrainsReminders()
    {
        var grain = NewReminderGrain();
        await ReminderTable.UpsertRow(NewReminder(grain, "first-response"));
        await ReminderTable.UpsertRow(NewReminder(grain, "resolution"));
        await ReminderTable.UpsertRow(NewReminder(NewReminderGrain(), "first-response"));

        var rows = await ReminderTable.ReadRows(grain);

        Assert.Equal(["first-response", "resolution"], rows.Reminders.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    /// <summary>
    /// Ring ranges are (begin, end] over unsigned hashes. Orleans stores hashes as signed ints and picks one of
    /// two queries by comparing begin and end in signed order, so these four ranges cover both queries for a
    /// range that wraps and one that does not. The grains sit at A ~ 0x2…, B ~ 0x6…, C ~ 0xA…, D ~ 0xE….
    /// </summary>
    [Theory]
    [InlineData(0x3000_0000u, 0x7000_0000u, "B")] // not wrapping; signed begin < end
    [InlineData(0x5000_0000u, 0xB000_0000u, "BC")] // not wrapping, crosses the sign bit; signed begin > end
    [InlineData(0xB000_0000u, 0x3000_0000u, "AD")] // wrapping past zero; signed begin < end
    [InlineData(0xF000_0000u, 0xD000_0000u, "ABC")] // wrapping, both negative when signed; signed begin > end
    public async Task ReadRows_HashRange_ReturnsExactlyTheRemindersInRange(uint begin, uint end, string expected)
    {
        var grains = PlacedGrains();
        foreach (var (_, grain) in grains)
            await ReminderTable.UpsertRow(NewReminder(grain, "ring"));

        var rows = await ReminderTable.ReadRows(begin, end);

        var found = grains.Where(g => rows.Reminders.Any(r => r.GrainId == g.Grain)).Select(g => g.Label);
        Assert.Equal(expected, string.Concat(found));
    }

    [Fact]
    public async Task RemoveRow_CurrentETag_RemovesReminderAndReturnsTrue()
    {
        var entry = NewReminder(NewReminderGrain(), "escalation");
        var etag = await ReminderTable.UpsertRow(entry);

        var removed = await ReminderTable.RemoveRow(entry.GrainId, entry.ReminderName, etag!);

        Assert.True(removed);
        Assert.Null(await ReminderTable.ReadRow(entry.GrainId, entry.ReminderName));
    }

    [Fact]
    public async Task RemoveRow_StaleETag_ReturnsFalseAndKeepsReminder()
    {
        var entry = NewReminder(NewReminderGrain(), "escalation");
        var staleETag = await ReminderTable.UpsertRow(entry);
        var currentETag = await ReminderTable.UpsertRow(NewReminder(entry.GrainId, "escalation", entry.StartAt.AddMinutes(5)));

        var removed = await ReminderTable.RemoveRow(entry.GrainId, entry.ReminderName, staleETag!);

        Assert.False(removed);
        Assert.Equal(currentETag, (await ReminderTable.ReadRow(entry.GrainId, entry.ReminderName))?.ETag);
    }

    [Fact]
    public async Task RemoveRow_UnknownReminder_ReturnsFalse()
    {
        Assert.False(await ReminderTable.RemoveRow(NewReminderGrain(), "never-registered", "1"));
    }

    private static GrainId NewReminderGrain() => GrainId.Create("contract-reminder", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// A reminder due tomorrow, in whole seconds (no store rounds them), so the silo hosting the table never fires
    /// it during a test run.
    /// </summary>
    private static ReminderEntry NewReminder(GrainId grain, string name, DateTime? startAt = null, TimeSpan? period = null)
    {
        var tomorrow = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(1);
        return new ReminderEntry
        {
            GrainId = grain,
            ReminderName = name,
            StartAt = startAt ?? new DateTime(tomorrow.Ticks - (tomorrow.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
            Period = period ?? TimeSpan.FromMinutes(15),
        };
    }

    /// <summary>Fresh grains whose ring hashes fall in four known sixteenths of the ring, labelled A to D.</summary>
    private static List<(string Label, GrainId Grain)> PlacedGrains()
    {
        (string Label, uint From)[] slots = [("A", 0x2000_0000u), ("B", 0x6000_0000u), ("C", 0xA000_0000u), ("D", 0xE000_0000u)];
        var placed = new List<(string Label, GrainId Grain)>();
        foreach (var (label, from) in slots)
        {
            GrainId grain;
            do
            {
                grain = NewReminderGrain();
            }
            while (grain.GetUniformHashCode() - from >= 0x1000_0000u);
            placed.Add((label, grain));
        }
        return placed;
    }
}
