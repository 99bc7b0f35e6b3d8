using System.Reflection;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// Stands between the simulator and a complaint grain: passes every call through and records what the cluster answered
/// in <see cref="AcknowledgedEvents"/>. A proxy, so the product's simulator needs no hook for tests.
/// </summary>
public class RecordingComplaintGrain : DispatchProxy
{
    private IComplaintGrain _inner = null!;
    private AcknowledgedEvents _record = null!;

    public static IComplaintGrain Wrap(IComplaintGrain inner, AcknowledgedEvents record)
    {
        var proxy = Create<IComplaintGrain, RecordingComplaintGrain>();
        var recording = (RecordingComplaintGrain)(object)proxy;
        recording._inner = inner;
        recording._record = record;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var call = (Task<ComplaintView>)targetMethod.Invoke(_inner, args)!;
        // Reads change nothing: only writes are events the cluster must keep, but a failed read is a failed request too.
        var write = targetMethod.Name is not (nameof(IComplaintGrain.Get) or nameof(IComplaintGrain.CheckDeadlines));
        return Record(call, write, targetMethod.Name == nameof(IComplaintGrain.File));
    }

    private async Task<ComplaintView> Record(Task<ComplaintView> call, bool write, bool filing)
    {
        try
        {
            var view = await call;
            if (write)
                _record.Answered(view, filing);
            return view;
        }
        catch (Exception ex) when (ex is not ComplaintGridException)
        {
            _record.Failed(ex);
            throw;
        }
    }
}
