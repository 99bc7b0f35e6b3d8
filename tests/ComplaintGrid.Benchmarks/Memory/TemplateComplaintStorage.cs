using ComplaintGrid.Domain.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>
/// Grain storage for the memory scenario: a complaint whose key starts with <see cref="Prefix"/> reads the
/// <see cref="ComplaintTemplate"/>, deserialized afresh for each activation (nothing shared between grains, as after
/// reading a database), and stores nothing; every other grain uses the profile's storage. So the heap measured is
/// the active complaints' own, not a stored copy of them in the process or views that grow with them.
/// </summary>
internal sealed class TemplateComplaintStorage(IServiceProvider services, IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public const string Prefix = "memory-";

    private readonly Lazy<byte[]> _template = new(() => ComplaintTemplate.Create(services));

    public int TemplateBytes => _template.Value.Length;

    /// <summary>The calendar the template complaint's clocks count by, as stored; null when they count wall time.</summary>
    public string? TemplateCalendar => services.GetRequiredService<Serializer>().Deserialize<ComplaintState>(_template.Value)!.CalendarName;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (typeof(T) != typeof(ComplaintState) || !grainId.Key.ToString()!.StartsWith(Prefix, StringComparison.Ordinal))
            return inner.ReadStateAsync(stateName, grainId, grainState);
        grainState.State = (T)(object)services.GetRequiredService<Serializer>().Deserialize<ComplaintState>(_template.Value)!;
        grainState.RecordExists = true;
        grainState.ETag = "template";
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle observer)
    {
        if (inner is ILifecycleParticipant<ISiloLifecycle> participant)
            participant.Participate(observer);
    }
}
