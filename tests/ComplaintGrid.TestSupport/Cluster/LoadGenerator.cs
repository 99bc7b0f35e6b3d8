using System.Collections.Concurrent;
using ComplaintGrid.Client;

namespace ComplaintGrid.TestSupport.Cluster;

/// <summary>Concurrent callers filing complaints until stopped; remembers every filing the cluster acknowledged.</summary>
public sealed class LoadGenerator(ComplaintGridClient client, int callers)
{
    private readonly ConcurrentDictionary<string, FileComplaint> _acknowledged = new();
    private readonly ConcurrentQueue<Exception> _failures = new();
    private int _attempted;
    private long _slowestTicks;

    public int Attempted => _attempted;

    public IReadOnlyDictionary<string, FileComplaint> Acknowledged => _acknowledged;

    public IReadOnlyCollection<Exception> Failures => _failures;

    /// <summary>The longest a caller waited for one filing, retries included: how long requests stalled around a fault.</summary>
    public TimeSpan SlowestCall => TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks));

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(() => Caller(caller, stop), CancellationToken.None)));

    /// <summary>
    /// Half the complaints are critical delivery complaints, whose department has short clocks in these tests,
    /// so their deadlines fall due while the cluster is degraded.
    /// </summary>
    public static FileComplaint Filing(int caller, int n)
    {
        var urgent = n % 2 == 0;
        return new FileComplaint($"load-{caller:00}-{n % 7}", Channel.Phone, SubjectKind.Order, $"ORD-{caller}-{n}",
            "Parcel missing.", Demand.Refund, urgent ? Category.Delivery : (Category)(n % 6), urgent ? Severity.Critical : Severity.Medium,
            $"load-{caller}-{n}");
    }

    private async Task Caller(int caller, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var filing = Filing(caller, n);
            Interlocked.Increment(ref _attempted);
            var started = TimeProvider.System.GetTimestamp();
            try
            {
                var view = await client.File(filing, CancellationToken.None);
                _acknowledged[view.Id] = filing;
            }
            catch (Exception ex)
            {
                _failures.Enqueue(ex);
            }
            var took = TimeProvider.System.GetElapsedTime(started).Ticks;
            long slowest;
            while (took > (slowest = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, took, slowest) != slowest)
            {
            }
        }
    }
}
