using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.SqliteStore;

/// <summary>Orleans' own ADO.NET grain storage on our SQLite scripts, resolved from a running silo.</summary>
public sealed class SqliteGrainStorageTests : SqliteSiloPerTest
{
    private const string StateName = "sqlite-test-state";

    private IGrainStorage Storage => Silo.GrainStorage;

    [Fact]
    public async Task ReadState_NothingWritten_EmptyStateWithoutETag()
    {
        var read = new GrainState<List<string>>();

        await Storage.ReadStateAsync(StateName, NewStringKeyGrain(), read);

        Assert.Empty(read.State!);
        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task WriteState_ThenRead_ReturnsStateAndETag_EachWriteANewETag()
    {
        var grain = NewStringKeyGrain();
        var state = new GrainState<List<string>>(["filed"]);

        await Storage.WriteStateAsync(StateName, grain, state);
        var firstETag = state.ETag;
        state.State!.Add("acknowledged");
        await Storage.WriteStateAsync(StateName, grain, state);
        var read = new GrainState<List<string>>();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.NotNull(firstETag);
        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(["filed", "acknowledged"], read.State);
        Assert.Equal(state.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task WriteState_SameTypeOtherGrain_KeptApart()
    {
        var first = NewGuidKeyGrain();
        var second = NewGuidKeyGrain();

        await Storage.WriteStateAsync(StateName, first, new GrainState<List<string>>(["first"]));
        await Storage.WriteStateAsync(StateName, second, new GrainState<List<string>>(["second"]));
        var read = new GrainState<List<string>>();
        await Storage.ReadStateAsync(StateName, first, read);

        Assert.Equal(["first"], read.State);
    }

    [Fact]
    public async Task ClearState_AfterWrite_ReadsEmptyUnderANewETagAndTheNextWriteSucceeds()
    {
        var grain = NewStringKeyGrain();
        var state = new GrainState<List<string>>(["filed"]);
        await Storage.WriteStateAsync(StateName, grain, state);
        var writtenETag = state.ETag;

        await Storage.ClearStateAsync(StateName, grain, state);
        var afterClear = await ReadAsync(grain);
        var (clearedExists, clearedCount, clearedETag) = (afterClear.RecordExists, afterClear.State!.Count, afterClear.ETag);
        afterClear.State.Add("filed again");
        await Storage.WriteStateAsync(StateName, grain, afterClear);

        Assert.False(state.RecordExists);
        Assert.NotEqual(writtenETag, state.ETag);
        Assert.False(clearedExists);
        Assert.Equal(0, clearedCount);
        Assert.Equal(state.ETag, clearedETag);
        Assert.Equal(["filed again"], (await ReadAsync(grain)).State);
    }

    [Fact]
    public async Task WriteState_StaleETag_ThrowsInconsistentStateAndChangesNothing()
    {
        var grain = NewStringKeyGrain();
        var winner = new GrainState<List<string>>(["v1"]);
        await Storage.WriteStateAsync(StateName, grain, winner);
        var stale = new GrainState<List<string>>(["stale"], winner.ETag!);
        winner.State = ["v2"];
        await Storage.WriteStateAsync(StateName, grain, winner);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, stale));

        var read = await ReadAsync(grain);
        Assert.Equal(["v2"], read.State);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteState_SecondFirstWriteOfAKeyWithoutExtension_ThrowsInconsistentStateAndChangesNothing()
    {
        // A Guid key without extension stores a NULL extension, which the unique index cannot guard.
        var grain = NewGuidKeyGrain();
        var winner = new GrainState<List<string>>(["first activation"]);
        await Storage.WriteStateAsync(StateName, grain, winner);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            Storage.WriteStateAsync(StateName, grain, new GrainState<List<string>>(["second activation"])));

        var read = await ReadAsync(grain);
        Assert.Equal(["first activation"], read.State);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task ClearState_StaleETag_ThrowsInconsistentStateAndChangesNothing()
    {
        var grain = NewStringKeyGrain();
        var state = new GrainState<List<string>>(["v1"]);
        await Storage.WriteStateAsync(StateName, grain, state);
        var stale = new GrainState<List<string>>(["v1"], state.ETag!) { RecordExists = true };
        await Storage.WriteStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, stale));

        Assert.Equal(["v1"], (await ReadAsync(grain)).State);
    }

    [Fact]
    public async Task WriteState_OneMebibyte_RoundTrips()
    {
        var grain = NewStringKeyGrain();
        var payload = new byte[1024 * 1024];
        Random.Shared.NextBytes(payload);

        await Storage.WriteStateAsync(StateName, grain, new GrainState<List<byte[]>>([payload]));
        var read = new GrainState<List<byte[]>>();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal(payload, Assert.Single(read.State!));
    }

    private async Task<GrainState<List<string>>> ReadAsync(GrainId grain)
    {
        var read = new GrainState<List<string>>();
        await Storage.ReadStateAsync(StateName, grain, read);
        return read;
    }

    private static GrainId NewStringKeyGrain() => GrainId.Create("sqlite-test", Guid.NewGuid().ToString("N"));

    private static GrainId NewGuidKeyGrain() => GrainId.Create(GrainType.Create("sqlite-test-guid"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid()));
}
