using Orleans.Storage;

namespace ComplaintGrid.Tests.Grains;

/// <summary>
/// Grain storage that passes everything to memory storage, except that it refuses the writes of one kind of state
/// while told to: a view whose checkpoints fail gives up what it had not stored, as a view on a killed silo would.
/// </summary>
public sealed class FailingViewStorage(IGrainStorage inner) : IGrainStorage
{
    private static volatile string? _failing;
    private static int _refused;

    /// <summary>The state name (<c>department</c>, <c>customer</c>) whose writes fail; null for none.</summary>
    public static string? Failing
    {
        get => _failing;
        set => _failing = value;
    }

    /// <summary>How many writes were refused.</summary>
    public static int Refused => Volatile.Read(ref _refused);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (stateName == _failing)
        {
            Interlocked.Increment(ref _refused);
            throw new IOException($"Test storage refuses writes of {stateName} state.");
        }
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
