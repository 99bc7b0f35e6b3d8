using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Orleans.Storage;

namespace ComplaintGrid.Benchmarks.Storage;

/// <summary>
/// Passes every call to the storage it wraps and counts the writes by state name, so a scenario can print how many
/// state writes one event really cost (the views coalesce theirs), and times every write (queueing for the store
/// included: what the grain waits), so a long run can tell a slower store from a slower silo. Interlocked adds only.
/// </summary>
internal sealed class CountingGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _writes = new(StringComparer.Ordinal);

    /// <summary>Writes so far, by state name (<c>complaint</c>, <c>customer</c>, <c>department</c>, the probes').</summary>
    public IReadOnlyDictionary<string, long> Writes() => _writes.ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value), StringComparer.Ordinal);

    private long _writeTicks;

    public long TotalWrites() => _writes.Values.Sum(b => Interlocked.Read(ref b.Value));

    /// <summary>The time all writes so far took, from the call to its completion.</summary>
    public TimeSpan TotalWriteTime() => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writeTicks));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref _writes.GetOrAdd(stateName, _ => new StrongBox<long>()).Value);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }
        finally
        {
            Interlocked.Add(ref _writeTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle observer)
    {
        // The ADO.NET storage opens its connections in the silo's lifecycle; Orleans finds it through this storage.
        if (inner is ILifecycleParticipant<ISiloLifecycle> participant)
            participant.Participate(observer);
    }
}
