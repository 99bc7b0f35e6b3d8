using ComplaintGrid.Delivery;
using ComplaintGrid.Domain.Lifecycle;

namespace ComplaintGrid.Tests.Delivery;

/// <summary>
/// Stands in for the complaint grain: records every call in order, and answers each delivery with the sequence the
/// view "stored" (by default all it was sent), or fails it, as a test sets per view.
/// </summary>
internal sealed class FakeViewDeliveryPort : IViewDeliveryPort
{
    /// <summary>Every call, in order, as text: <c>deliver Department logistics 1,2</c>, <c>store</c>, <c>release logistics 4</c>, ….</summary>
    public List<string> Calls { get; } = [];

    public List<(DeliveryTarget Target, string TargetId, int Count, Exception Exception)> DeliveryFailures { get; } = [];

    public List<Exception> ReleaseFailures { get; } = [];

    public List<(string DepartmentId, long Sequence)> Releases { get; } = [];

    public int Stores { get; private set; }

    public int Fences { get; private set; }

    public int RetriesScheduled { get; private set; }

    /// <summary>How a view answers a delivery, by target id; views not named here store everything they are sent.</summary>
    public Dictionary<string, Func<IReadOnlyList<ComplaintEvent>, Task<long>>> Views { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, the next store throws this.</summary>
    public Exception? FailNextStore { get; set; }

    /// <summary>When set, the next release throws this.</summary>
    public Exception? FailNextRelease { get; set; }

    /// <summary>What the fence write returns (completes at once unless set).</summary>
    public Func<Task> FenceWrite { get; set; } = () => Task.CompletedTask;

    public IEnumerable<string> DeliveredTo => Calls.Where(c => c.StartsWith("deliver ", StringComparison.Ordinal));

    public Task<long> Deliver(DeliveryTarget target, string targetId, IReadOnlyList<ComplaintEvent> events)
    {
        Calls.Add($"deliver {target} {targetId} {string.Join(',', events.Select(e => e.Sequence))}");
        return Views.TryGetValue(targetId, out var answer) ? answer(events) : Task.FromResult(events[^1].Sequence);
    }

    public Task Release(string departmentId, long storedSequence)
    {
        Calls.Add($"release {departmentId} {storedSequence}");
        if (FailNextRelease is { } failure)
        {
            FailNextRelease = null;
            return Task.FromException(failure);
        }
        Releases.Add((departmentId, storedSequence));
        return Task.CompletedTask;
    }

    public Task Store()
    {
        Calls.Add("store");
        if (FailNextStore is { } failure)
        {
            FailNextStore = null;
            return Task.FromException(failure);
        }
        Stores++;
        return Task.CompletedTask;
    }

    public Task Fence()
    {
        Calls.Add("fence");
        Fences++;
        return FenceWrite();
    }

    public void ScheduleRetry()
    {
        Calls.Add("retry");
        RetriesScheduled++;
    }

    public void DeliveryFailed(DeliveryTarget target, string targetId, int count, Exception exception) =>
        DeliveryFailures.Add((target, targetId, count, exception));

    public void ReleaseFailed(Exception exception) => ReleaseFailures.Add(exception);
}
