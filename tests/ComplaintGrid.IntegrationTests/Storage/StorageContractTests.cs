using System.Security.Cryptography;
using Orleans.Storage;

namespace ComplaintGrid.IntegrationTests.Storage;

/// <summary>
/// The storage contract every ComplaintGrid store must keep, exercised through Orleans' own providers: grain
/// state here, reminders in the other part. A store joins by subclassing and supplying the three providers.
/// </summary>
public abstract partial class StorageContractTests
{
    private const string StateName = "contract-state";

    /// <summary>Orleans' grain storage on the store, as the silo configures it (clear keeps the row).</summary>
    protected abstract IGrainStorage GrainStorage { get; }

    /// <summary>The same storage with <c>DeleteStateOnClear = true</c>.</summary>
    protected abstract IGrainStorage DeletingGrainStorage { get; }

    /// <summary>The reminder table on the store, as the silo configures it.</summary>
    protected abstract IReminderTable ReminderTable { get; }

    [Theory]
    [InlineData(GrainKeyKind.StringKey)]
    [InlineData(GrainKeyKind.GuidKey)]
    [InlineData(GrainKeyKind.GuidKeyWithExtension)]
    [InlineData(GrainKeyKind.IntegerKey)]
    [InlineData(GrainKeyKind.IntegerKeyWithExtension)]
    public async Task WriteStateAsync_NewGrain_ReadReturnsStateAndNewETag(GrainKeyKind kind)
    {
        var grain = NewGrainId(kind);
        var written = new GrainState<ContractState>(new ContractState { Name = "first", Revision = 1 });

        await GrainStorage.WriteStateAsync(StateName, grain, written);
        var read = await ReadAsync(GrainStorage, grain);

        Assert.False(string.IsNullOrEmpty(written.ETag));
        Assert.True(written.RecordExists);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(("first", 1), (StateOf(read).Name, StateOf(read).Revision));
    }

    [Fact]
    public async Task WriteStateAsync_SecondWriteWithCurrentETag_ReplacesStateAndChangesETag()
    {
        var grain = NewGrainId(GrainKeyKind.StringKey);
        var state = new GrainState<ContractState>(new ContractState { Name = "first" });
        await GrainStorage.WriteStateAsync(StateName, grain, state);
        var firstETag = state.ETag;

        StateOf(state).Name = "second";
        await GrainStorage.WriteStateAsync(StateName, grain, state);
        var read = await ReadAsync(GrainStorage, grain);

        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal("second", StateOf(read).Name);
    }

    [Fact]
    public async Task WriteStateAsync_StaleETag_ThrowsInconsistentStateAndChangesNothing()
    {
        var grain = NewGrainId(GrainKeyKind.GuidKey);
        var current = new GrainState<ContractState>(new ContractState { Name = "v1" });
        await GrainStorage.WriteStateAsync(StateName, grain, current);
        var stale = new GrainState<ContractState>(new ContractState { Name = "stale" }, current.ETag);
        StateOf(current).Name = "v2";
        await GrainStorage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => GrainStorage.WriteStateAsync(StateName, grain, stale));

        var read = await ReadAsync(GrainStorage, grain);
        Assert.Equal(("v2", current.ETag), (StateOf(read).Name, read.ETag));
    }

    [Fact]
    public async Task WriteStateAsync_NoETagWhileRecordExists_ThrowsInconsistentStateAndChangesNothing()
    {
        // A second activation of the same grain that never read the state must not overwrite the first's.
        var grain = NewGrainId(GrainKeyKind.IntegerKeyWithExtension);
        var first = new GrainState<ContractState>(new ContractState { Name = "first activation" });
        await GrainStorage.WriteStateAsync(StateName, grain, first);
        var second = new GrainState<ContractState>(new ContractState { Name = "second activation" });

        await Assert.ThrowsAsync<InconsistentStateException>(() => GrainStorage.WriteStateAsync(StateName, grain, second));

        var read = await ReadAsync(GrainStorage, grain);
        Assert.Equal(("first activation", first.ETag), (StateOf(read).Name, read.ETag));
    }

    [Fact]
    public async Task ReadStateAsync_UnknownGrain_ReturnsNoRecordAndNoETag()
    {
        var read = await ReadAsync(GrainStorage, NewGrainId(GrainKeyKind.StringKey));

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal("", StateOf(read).Name);
    }

    [Fact]
    public async Task ClearStateAsync_WrittenState_ReadFindsNoRecordAndWriteStillWorks()
    {
        var grain = NewGrainId(GrainKeyKind.GuidKeyWithExtension);
        var state = new GrainState<ContractState>(new ContractState { Name = "to be cleared" });
        await GrainStorage.WriteStateAsync(StateName, grain, state);

        await GrainStorage.ClearStateAsync(StateName, grain, state);
        var read = await ReadAsync(GrainStorage, grain);

        Assert.False(state.RecordExists);
        Assert.False(read.RecordExists);
        Assert.Equal("", StateOf(read).Name);
        // The row is kept with a new version: the clearing activation and a fresh one agree on it.
        Assert.Equal(state.ETag, read.ETag);
        StateOf(read).Name = "after clear";
        await GrainStorage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("after clear", StateOf(await ReadAsync(GrainStorage, grain)).Name);
    }

    [Fact]
    public async Task ClearStateAsync_StaleETag_ThrowsInconsistentStateAndKeepsState()
    {
        var grain = NewGrainId(GrainKeyKind.IntegerKey);
        var current = new GrainState<ContractState>(new ContractState { Name = "v1" });
        await GrainStorage.WriteStateAsync(StateName, grain, current);
        var stale = new GrainState<ContractState>(new ContractState(), current.ETag) { RecordExists = true };
        StateOf(current).Name = "v2";
        await GrainStorage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => GrainStorage.ClearStateAsync(StateName, grain, stale));

        var read = await ReadAsync(GrainStorage, grain);
        Assert.True(read.RecordExists);
        Assert.Equal("v2", StateOf(read).Name);
    }

    [Fact]
    public async Task ClearStateAsync_DeleteStateOnClear_RemovesRecordAndForgetsETag()
    {
        var grain = NewGrainId(GrainKeyKind.StringKey);
        var state = new GrainState<ContractState>(new ContractState { Name = "to be deleted" });
        await DeletingGrainStorage.WriteStateAsync(StateName, grain, state);

        await DeletingGrainStorage.ClearStateAsync(StateName, grain, state);
        var read = await ReadAsync(DeletingGrainStorage, grain);

        Assert.Null(state.ETag);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        StateOf(read).Name = "recreated";
        await DeletingGrainStorage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("recreated", StateOf(await ReadAsync(DeletingGrainStorage, grain)).Name);
    }

    [Fact]
    public async Task WriteStateAsync_OneMebibyteState_RoundTripsExactly()
    {
        var grain = NewGrainId(GrainKeyKind.GuidKey);
        var blob = RandomNumberGenerator.GetBytes(1024 * 1024);
        var state = new GrainState<ContractState>(new ContractState { Name = "large", Blob = blob });

        await GrainStorage.WriteStateAsync(StateName, grain, state);
        var read = await ReadAsync(GrainStorage, grain);

        Assert.Equal(blob, StateOf(read).Blob);
    }

    [Fact]
    public async Task WriteStateAsync_SameKeyUnderTwoStateNames_KeepsThemApart()
    {
        var grain = NewGrainId(GrainKeyKind.StringKey);
        await GrainStorage.WriteStateAsync(StateName, grain, new GrainState<ContractState>(new ContractState { Name = "a" }));
        await GrainStorage.WriteStateAsync("other-state", grain, new GrainState<ContractState>(new ContractState { Name = "b" }));

        var a = await ReadAsync(GrainStorage, grain);
        var b = new GrainState<ContractState>();
        await GrainStorage.ReadStateAsync("other-state", grain, b);

        Assert.Equal(("a", "b"), (StateOf(a).Name, StateOf(b).Name));
    }

    private static ContractState StateOf(IGrainState<ContractState> state) => Assert.IsType<ContractState>(state.State);

    private static async Task<GrainState<ContractState>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<ContractState>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    /// <summary>The key shapes Orleans' ADO.NET storage maps to different columns (N0/N1 and the extension string).</summary>
    private static GrainId NewGrainId(GrainKeyKind kind)
    {
        var type = GrainType.Create("contract");
        var guid = Guid.NewGuid();
        var number = BitConverter.ToInt64(guid.ToByteArray());
        return kind switch
        {
            GrainKeyKind.StringKey => GrainId.Create(type, "complaint-" + guid.ToString("N")),
            GrainKeyKind.GuidKey => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(guid)),
            GrainKeyKind.GuidKeyWithExtension => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(guid, "ext")),
            GrainKeyKind.IntegerKey => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(number)),
            GrainKeyKind.IntegerKeyWithExtension => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(number, "ext")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    public enum GrainKeyKind
    {
        StringKey,
        GuidKey,
        GuidKeyWithExtension,
        IntegerKey,
        IntegerKeyWithExtension,
    }
}
