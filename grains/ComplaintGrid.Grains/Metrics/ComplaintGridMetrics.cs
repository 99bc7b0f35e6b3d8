using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ComplaintGrid.Metrics;

/// <summary>
/// ComplaintGrid's own measurements, on the <c>System.Diagnostics.Metrics</c> meter <see cref="MeterName"/>: grains record
/// here without knowing who exports (the hosts bridge the meter to Prometheus). Labels are bounded sets only
/// (department, category, severity, status, clock, level): never a complaint or customer id.
/// </summary>
public sealed class ComplaintGridMetrics
{
    /// <summary>The meter's name; exporters select it by this name.</summary>
    public const string MeterName = "ComplaintGrid";

    // From minutes to days: first responses are promised within hours, resolutions within days (see the clock allowances).
    private static readonly double[] FirstResponseBuckets = [60, 300, 900, 1_800, 3_600, 7_200, 14_400, 28_800, 86_400, 172_800, 259_200, 604_800];
    private static readonly double[] ResolutionBuckets = [900, 3_600, 14_400, 28_800, 86_400, 172_800, 259_200, 432_000, 604_800, 1_209_600, 2_419_200];
    // The churn model scores 0–100; tens are what a lead reads off a chart.
    private static readonly double[] ChurnScoreBuckets = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

    private static readonly KeyValuePair<string, object?> DeadlineTrigger = new("trigger", "deadline");
    private static readonly KeyValuePair<string, object?> CustomerTrigger = new("trigger", "customer");
    // A customer's request raises the complaint's level, not a clock's.
    private static readonly KeyValuePair<string, object?> NoClock = new("clock", "None");

    private readonly Counter<long> _filed;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _breaches;
    private readonly Histogram<double> _firstResponse;
    private readonly Histogram<double> _resolution;
    private readonly Histogram<double> _churnScore;
    // Department → open complaints indexed by status, written in place under their own lock: a view reports on every
    // delivery, and a dictionary per report was a measurable share of a lifecycle's allocation (BENCHMARKS.md).
    private readonly ConcurrentDictionary<string, OpenCounts> _openByDepartment = new(StringComparer.Ordinal);

    /// <summary>Creates the instruments on a meter of the host's factory (one meter per host, disposed with it).</summary>
    public ComplaintGridMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _filed = meter.CreateCounter<long>("complaintgrid.complaints.filed", "{complaint}", "Complaints filed.");
        _escalations = meter.CreateCounter<long>("complaintgrid.escalations", "{escalation}",
            "Escalation levels reached: by a deadline clock (trigger deadline) or at the customer's request (trigger customer, clock None).");
        _breaches = meter.CreateCounter<long>("complaintgrid.breaches", "{breach}", "Deadlines breached.");
        _firstResponse = meter.CreateHistogram("complaintgrid.first_response.seconds", "s", "Time from filing to acknowledgement.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = FirstResponseBuckets });
        _resolution = meter.CreateHistogram("complaintgrid.resolution.seconds", "s", "Time from filing to resolution.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ResolutionBuckets });
        _churnScore = meter.CreateHistogram("complaintgrid.churn_risk.score", "{score}", "Churn-risk scores (0-100), one per rescoring of a customer.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ChurnScoreBuckets });
        meter.CreateObservableGauge("complaintgrid.complaints.open", ObserveOpen, "{complaint}",
            "Open complaints by department and status, as held by the department views active on this process.");
    }

    /// <summary>Records what a complaint's events mean for the counters and histograms; called once the events are stored.</summary>
    public void Record(IReadOnlyList<ComplaintEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var summary = e.Summary;
            var department = new KeyValuePair<string, object?>("department", summary.DepartmentId);
            var severity = new KeyValuePair<string, object?>("severity", summary.Severity.ToString());
            switch (e.Kind)
            {
                case ComplaintEventKind.Filed:
                    _filed.Add(1, department, new KeyValuePair<string, object?>("category", summary.Category.ToString()), severity);
                    break;
                case ComplaintEventKind.Acknowledged when summary.AcknowledgedAt is { } acknowledged:
                    _firstResponse.Record((acknowledged - summary.FiledAt).TotalSeconds, department, severity);
                    break;
                case ComplaintEventKind.Resolved when summary.ResolvedAt is { } resolved:
                    _resolution.Record((resolved - summary.FiledAt).TotalSeconds, department, severity);
                    break;
                case ComplaintEventKind.Escalated when e.Clock is { } clock && e.Level is { } level:
                    var clockTag = new KeyValuePair<string, object?>("clock", clock.ToString());
                    _escalations.Add(1, department, clockTag, new KeyValuePair<string, object?>("level", level.ToString()), DeadlineTrigger);
                    if (level == EscalationLevel.Breached)
                        _breaches.Add(1, department, clockTag, severity);
                    break;
                case ComplaintEventKind.EscalationRequested when e.Level is { } requested:
                    _escalations.Add(1, department, NoClock, new KeyValuePair<string, object?>("level", requested.ToString()), CustomerTrigger);
                    break;
            }
        }
    }

    /// <summary>
    /// Creates every counter series and the open-complaints gauge of <paramref name="departmentIds"/> at zero, so charts
    /// and alerts read zero rather than "no data" from start-up until the first complaint, escalation or breach.
    /// </summary>
    public void StartAtZero(IEnumerable<string> departmentIds)
    {
        ArgumentNullException.ThrowIfNull(departmentIds);
        foreach (var departmentId in departmentIds)
        {
            var department = new KeyValuePair<string, object?>("department", departmentId);
            foreach (var severity in Enum.GetValues<Severity>().Select(s => new KeyValuePair<string, object?>("severity", s.ToString())))
            {
                foreach (var category in Enum.GetValues<Category>())
                    _filed.Add(0, department, new KeyValuePair<string, object?>("category", category.ToString()), severity);
                foreach (var clock in Enum.GetValues<ClockKind>())
                    _breaches.Add(0, department, new KeyValuePair<string, object?>("clock", clock.ToString()), severity);
            }
            foreach (var level in Enum.GetValues<EscalationLevel>().Where(l => l != EscalationLevel.None))
            {
                var levelTag = new KeyValuePair<string, object?>("level", level.ToString());
                foreach (var clock in Enum.GetValues<ClockKind>())
                    _escalations.Add(0, department, new KeyValuePair<string, object?>("clock", clock.ToString()), levelTag, DeadlineTrigger);
                _escalations.Add(0, department, NoClock, levelTag, CustomerTrigger);
            }
            ReportOpen(departmentId, []);
        }
    }

    /// <summary>Records a customer's churn-risk score after it was recomputed.</summary>
    public void RecordChurnScore(double score) => _churnScore.Record(score);

    /// <summary>
    /// A department view reports its open complaints by status, indexed by <see cref="ComplaintStatus"/> (an empty or
    /// short span reports zero for the rest). Every status is reported, so a series falls to zero rather than freezing
    /// at its last value when the view changes or leaves this process.
    /// </summary>
    public void ReportOpen(string departmentId, ReadOnlySpan<int> openByStatus)
    {
        var counts = _openByDepartment.GetOrAdd(departmentId, static _ => new OpenCounts());
        lock (counts.Gate)
        {
            var reported = Math.Min(openByStatus.Length, counts.ByStatus.Length);
            openByStatus[..reported].CopyTo(counts.ByStatus);
            Array.Clear(counts.ByStatus, reported, counts.ByStatus.Length - reported);
        }
    }

    private IEnumerable<Measurement<int>> ObserveOpen()
    {
        var snapshot = new int[OpenCounts.Statuses];
        foreach (var (department, counts) in _openByDepartment)
        {
            lock (counts.Gate)
                counts.ByStatus.CopyTo(snapshot, 0);
            foreach (var status in Enum.GetValues<ComplaintStatus>())
            {
                if (status == ComplaintStatus.Closed)
                    continue;
                yield return new Measurement<int>(snapshot[(int)status],
                    new KeyValuePair<string, object?>("department", department),
                    new KeyValuePair<string, object?>("status", status.ToString()));
            }
        }
    }

    private sealed class OpenCounts
    {
        public static readonly int Statuses = Enum.GetValues<ComplaintStatus>().Max(s => (int)s) + 1;

        public Lock Gate { get; } = new();

        public int[] ByStatus { get; } = new int[Statuses];
    }
}
