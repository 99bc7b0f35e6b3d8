using System.Collections.Concurrent;
using Orleans.Storage;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// Grain storage that passes everything to memory storage, except that it refuses the writes of one kind of state
/// while told to: a view whose checkpoints fail gives up what it had not stored, as a view on a killed silo would.
/// It can also refuse the reads of one kind of state, so that such a view cannot activate at all, hold the writes of
/// one kind of state until released (a slow database), and it counts each grain's stored writes.
/// </summary>
public sealed class FailingViewStorage(IGrainStorage inner) : IGrainStorage
{
    private static volatile string? _failing;
    private static volatile string? _failingReads;
    private static int _refused;
    private static int _readsRefused;
    private static readonly ConcurrentDictionary<GrainId, int> _writes = new();
    private static volatile string? _holding;
    private static TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static TaskCompletionSource _firstHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static object? _heldState;

    /// <summary>The state name (<c>department</c>, <c>customer</c>) whose writes fail; null for none.</summary>
    public static string? Failing
    {
        get => _failing;
        set => _failing = value;
    }

    /// <summary>How many writes were refused.</summary>
    public static int Refused => Volatile.Read(ref _refused);

    /// <summary>The state name whose reads fail (so its grains cannot activate); null for none.</summary>
    public static string? FailingReads
    {
        get => _failingReads;
        set => _failingReads = value;
    }

    /// <summary>How many reads were refused.</summary>
    public static int ReadsRefused => Volatile.Read(ref _readsRefused);

    /// <summary>
    /// Writes of <paramref name="stateName"/> wait from now until <see cref="Release"/>; the task completes when the
    /// first of them has begun waiting.
    /// </summary>
    public static Task Hold(string stateName)
    {
        _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _firstHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holding = stateName;
        return _firstHeld.Task;
    }

    /// <summary>Lets the held writes, and later ones, through.</summary>
    public static void Release()
    {
        _holding = null;
        _released.TrySetResult();
    }

    /// <summary>The state object the latest held write was given, as it is now: what that write will serialize.</summary>
    public static object? HeldState => Volatile.Read(ref _heldState);

    /// <summary>How many writes of the grain's state were stored (refused ones are not counted).</summary>
    public static int WritesOf(GrainId grainId) => _writes.GetValueOrDefault(grainId);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (stateName == _failingReads)
        {
            Interlocked.Increment(ref _readsRefused);
            throw new IOException($"Test storage refuses reads of {stateName} state.");
        }
        return inner.ReadStateAsync(stateName, grainId, grainState);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (stateName == _failing)
        {
            Interlocked.Increment(ref _refused);
            throw new IOException($"Test storage refuses writes of {stateName} state.");
        }
        if (stateName == _holding)
            return HeldThenWritten(_released.Task, stateName, grainId, grainState);
        return Counted(inner.WriteStateAsync(stateName, grainId, grainState), grainId);
    }

    private async Task HeldThenWritten<T>(Task released, string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Volatile.Write(ref _heldState, grainState.State);
        _firstHeld.TrySetResult();
        await released;
        await Counted(inner.WriteStateAsync(stateName, grainId, grainState), grainId);
    }

    private static async Task Counted(Task write, GrainId grainId)
    {
        await write;
        _writes.AddOrUpdate(grainId, 1, (_, n) => n + 1);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
