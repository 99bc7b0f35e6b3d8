using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Prometheus;

namespace ComplaintGrid.Api.Operations;

/// <summary>
/// Exports every <c>System.Diagnostics.Metrics</c> meter of the process (ComplaintGrid's, Orleans', .NET's, ASP.NET
/// Core's, Npgsql's) to prometheus-net's default registry with Prometheus' own types: counters as counters
/// (<c>_total</c>), histograms with the buckets the instrument advises. It replaces prometheus-net's built-in adapter,
/// which publishes every counter as a gauge that vanishes after minutes without a measurement (breaking
/// <c>rate()</c>) and keeps names like <c>..._count</c> on gauges, which <c>promtool check metrics</c> rejects.
/// Names: ComplaintGrid's and the runtime's instruments as they are (<c>complaintgrid_*</c>, <c>dotnet_*</c>); any
/// other meter's prefixed with the meter's name, as prometheus-net does (<c>microsoft_orleans_*</c>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One listener per process, alive as long as the process.")]
internal sealed partial class ComplaintGridMeterBridge
{
    /// <summary>Must equal <c>ComplaintGridMetrics.MeterName</c> in the grains (a test checks it); the dashboard does not reference the grains.</summary>
    internal const string MeterName = "ComplaintGrid";

    /// <summary>.NET's runtime meter (GC, thread pool, JIT, exceptions), exported as <c>dotnet_*</c>.</summary>
    internal const string RuntimeMeterName = "System.Runtime";

    /// <summary>
    /// The runtime declares these as observable counters although they go down (threads, queued items): exported as
    /// gauges, or Prometheus would read every decrease as a counter reset.
    /// </summary>
    private static readonly HashSet<string> GaugesDeclaredAsCounters = new(StringComparer.Ordinal)
    {
        "dotnet.thread_pool.thread.count",
        "dotnet.thread_pool.queue.length",
    };

    private static readonly Lazy<ComplaintGridMeterBridge> Instance = new(() => new ComplaintGridMeterBridge(Metrics.DefaultRegistry));

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, Collector> _collectors = new();
    private readonly IMetricFactory _factory;

    private ComplaintGridMeterBridge(CollectorRegistry registry)
    {
        // The runtime meter replaces the EventCounters on .NET 9+; exporting both doubles every runtime series.
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true });
        Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = _ => false);
        _factory = Metrics.WithCustomRegistry(registry);
        _listener.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _listener.SetMeasurementEventCallback<int>(OnMeasurement);
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
        registry.AddBeforeCollectCallback(_listener.RecordObservableInstruments);
    }

    /// <summary>Starts the process-wide bridge once; every host in the process shares prometheus-net's default registry.</summary>
    public static void EnsureStarted() => _ = Instance.Value;

    private void OnMeasurement<T>(Instrument instrument, T measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        where T : struct
    {
        try
        {
            Export(instrument, measurement, tags);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // A third-party instrument that changes its label names between measurements cannot be one Prometheus
            // metric; it is skipped rather than let an exception stop the instrument (or the caller) that measured.
            System.Diagnostics.Trace.WriteLine($"Metric {instrument.Meter.Name}/{instrument.Name} not exported: {ex.Message}");
        }
    }

    private void Export<T>(Instrument instrument, T measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var sorted = tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        var values = sorted.Select(t => t.Value?.ToString() ?? "").ToArray();
        var value = Convert.ToDouble(measurement, CultureInfo.InvariantCulture);
        var kind = GaugesDeclaredAsCounters.Contains(instrument.Name) ? typeof(ObservableGauge<>) : instrument.GetType().GetGenericTypeDefinition();
        var collector = _collectors.GetOrAdd(instrument, i => Create(i, kind, sorted.Select(t => PrometheusName(t.Key)).ToArray()));
        switch (collector)
        {
            case Counter counter when kind == typeof(ObservableCounter<>):
                counter.WithLabels(values).IncTo(value); // an observable counter reports its running total
                break;
            case Counter counter:
                counter.WithLabels(values).Inc(value);
                break;
            case Histogram histogram:
                histogram.WithLabels(values).Observe(value);
                break;
            case Gauge gauge when kind == typeof(UpDownCounter<>):
                gauge.WithLabels(values).Inc(value); // an up-down counter reports changes
                break;
            case Gauge gauge:
                gauge.WithLabels(values).Set(value);
                break;
        }
    }

    private Collector Create(Instrument instrument, Type kind, string[] labelNames)
    {
        var meter = instrument.Meter.Name;
        var name = PrometheusName(meter is MeterName or RuntimeMeterName ? instrument.Name : meter + "_" + instrument.Name);
        var help = string.IsNullOrWhiteSpace(instrument.Description) ? name : instrument.Description;
        if (kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>))
            return _factory.CreateCounter(name.EndsWith("_total", StringComparison.Ordinal) ? name : name + "_total", help, labelNames);
        if (instrument is Histogram<double> histogram)
        {
            return _factory.CreateHistogram(name, help, labelNames, new HistogramConfiguration
            {
                Buckets = histogram.Advice?.HistogramBucketBoundaries?.ToArray() ?? Histogram.ExponentialBuckets(0.001, 4, 12),
            });
        }
        // Prometheus reserves these suffixes for counters and histograms (e.g. .NET's gauge "dotnet.thread_pool.thread.count").
        if (ReservedSuffix().IsMatch(name))
            name += "_current";
        return _factory.CreateGauge(name, help, labelNames);
    }

    private static string PrometheusName(string name) => InvalidNameCharacters().Replace(name, "_").ToLowerInvariant();

    [GeneratedRegex("[^a-zA-Z0-9_]")]
    private static partial Regex InvalidNameCharacters();

    [GeneratedRegex("_(count|sum|bucket|total)$")]
    private static partial Regex ReservedSuffix();
}
