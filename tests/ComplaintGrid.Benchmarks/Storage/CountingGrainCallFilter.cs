using System.Collections.Concurrent;

namespace ComplaintGrid.Benchmarks.Storage;

/// <summary>
/// Counts every grain call the silo receives (ComplaintGrid's grains, the probes, and Orleans' own memory-storage and
/// reminder-table grains), in all and by interface, so a scenario and its floor can show they make the same calls.
/// </summary>
internal sealed class CountingGrainCallFilter : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, long> _byInterface = new(StringComparer.Ordinal);
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls so far by the called interface's name.</summary>
    public IReadOnlyDictionary<string, long> ByInterface() => new Dictionary<string, long>(_byInterface, StringComparer.Ordinal);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        Interlocked.Increment(ref _calls);
        _byInterface.AddOrUpdate(context.InterfaceName, 1, static (_, n) => n + 1);
        return context.Invoke();
    }
}
