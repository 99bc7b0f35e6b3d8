namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary><c>SqliteReminderTable</c> as the silo resolves it, on a fresh database per test.</summary>
public sealed class SqliteReminderTableTests : SqliteSiloPerTest
{
    private static readonly DateTime StartAt = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private IReminderTable Table => Silo.ReminderTable;

    [Fact]
    public async Task UpsertRow_New_ReadRowReturnsItExactly()
    {
        var entry = Entry(NewGrain(), "escalation", TimeSpan.FromMinutes(1));

        var etag = await Table.UpsertRow(entry);
        var read = await Table.ReadRow(entry.GrainId, "escalation");

        Assert.NotNull(etag);
        Assert.NotNull(read);
        Assert.Equal(entry.GrainId, read.GrainId);
        Assert.Equal("escalation", read.ReminderName);
        Assert.Equal(StartAt, read.StartAt);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(TimeSpan.FromMinutes(1), read.Period);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task UpsertRow_Existing_ReplacesItUnderANewETag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(1)));

        var second = await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(5), StartAt.AddHours(4)));
        var read = await Table.ReadRow(grain, "escalation");

        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal(TimeSpan.FromMinutes(5), read.Period);
        Assert.Equal(StartAt.AddHours(4), read.StartAt);
        Assert.Single((await Table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task ReadRow_Unknown_ReturnsNull()
    {
        Assert.Null(await Table.ReadRow(NewGrain(), "escalation"));
    }

    [Fact]
    public async Task RemoveRow_RightETag_RemovesIt()
    {
        var grain = NewGrain();
        var etag = await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(1)));

        Assert.True(await Table.RemoveRow(grain, "escalation", etag!));
        Assert.Null(await Table.ReadRow(grain, "escalation"));
    }

    [Fact]
    public async Task RemoveRow_WrongETag_ReturnsFalseAndKeepsIt()
    {
        var grain = NewGrain();
        var stale = await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(1)));
        var current = await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(2)));

        Assert.False(await Table.RemoveRow(grain, "escalation", stale!));
        Assert.False(await Table.RemoveRow(grain, "escalation", "no-such-etag"));
        Assert.False(await Table.RemoveRow(NewGrain(), "escalation", current!));
        Assert.Equal(current, (await Table.ReadRow(grain, "escalation"))!.ETag);
    }

    [Fact]
    public async Task RemoveRow_ETagOfAnEarlierReminderOfTheSameName_ReturnsFalse()
    {
        var grain = NewGrain();
        var earlier = await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(1)));
        await Table.RemoveRow(grain, "escalation", earlier!);
        await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(1)));

        Assert.False(await Table.RemoveRow(grain, "escalation", earlier!));
        Assert.NotNull(await Table.ReadRow(grain, "escalation"));
    }

    [Fact]
    public async Task ReadRows_ByGrain_ReturnsThatGrainsRemindersOnly()
    {
        var grain = NewGrain();
        await Table.UpsertRow(Entry(grain, "first-response", TimeSpan.FromMinutes(1)));
        await Table.UpsertRow(Entry(grain, "resolution", TimeSpan.FromMinutes(1)));
        await Table.UpsertRow(Entry(NewGrain(), "first-response", TimeSpan.FromMinutes(1)));

        var rows = (await Table.ReadRows(grain)).Reminders;

        Assert.Equal(["first-response", "resolution"], rows.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(grain, r.GrainId));
    }

    [Fact]
    public async Task ReadRows_ByRange_ReturnsGrainsWithHashInBeginExclusiveEndInclusive()
    {
        var grains = await UpsertGrainsSortedByHashAsync(20);
        var begin = Hash(grains[4]);
        var end = Hash(grains[10]);

        var rows = (await Table.ReadRows(begin, end)).Reminders;

        Assert.Equal(grains[5..11], rows.Select(r => r.GrainId).OrderBy(Hash));
    }

    [Fact]
    public async Task ReadRows_ByWrappedRange_ReturnsGrainsAboveBeginAndUpToEnd()
    {
        var grains = await UpsertGrainsSortedByHashAsync(20);
        var begin = Hash(grains[15]);
        var end = Hash(grains[3]);

        var rows = (await Table.ReadRows(begin, end)).Reminders;

        Assert.Equal([.. grains[0..4], .. grains[16..]], rows.Select(r => r.GrainId).OrderBy(Hash));
    }

    [Fact]
    public async Task ReadRows_BeginEqualsEnd_ReturnsTheWholeRing()
    {
        var grains = await UpsertGrainsSortedByHashAsync(10);

        var rows = (await Table.ReadRows(Hash(grains[6]), Hash(grains[6]))).Reminders;

        Assert.Equal(grains, rows.Select(r => r.GrainId).OrderBy(Hash));
    }

    [Fact]
    public async Task ReadRows_FullRangeFromZero_IncludesHashZeroAndMaximum()
    {
        var grains = await UpsertGrainsSortedByHashAsync(10);

        Assert.Equal(grains, (await Table.ReadRows(0, uint.MaxValue)).Reminders.Select(r => r.GrainId).OrderBy(Hash));
        Assert.Equal(grains, (await Table.ReadRows(uint.MaxValue, uint.MaxValue)).Reminders.Select(r => r.GrainId).OrderBy(Hash));
    }

    [Fact]
    public async Task TestOnlyClearTable_RemovesEveryReminder()
    {
        await UpsertGrainsSortedByHashAsync(3);

        await Table.TestOnlyClearTable();

        Assert.Empty((await Table.ReadRows(0, 0)).Reminders);
    }

    private async Task<GrainId[]> UpsertGrainsSortedByHashAsync(int count)
    {
        var grains = Enumerable.Range(0, count).Select(_ => NewGrain()).OrderBy(Hash).ToArray();
        foreach (var grain in grains)
            await Table.UpsertRow(Entry(grain, "escalation", TimeSpan.FromMinutes(1)));
        return grains;
    }

    private static uint Hash(GrainId grain) => grain.GetUniformHashCode();

    private static GrainId NewGrain() => GrainId.Create("complaint", Guid.NewGuid().ToString("N"));

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period, DateTime? startAt = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = startAt ?? StartAt, Period = period };
}
