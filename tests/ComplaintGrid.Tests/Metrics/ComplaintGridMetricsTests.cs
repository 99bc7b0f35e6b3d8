using System.Diagnostics.Metrics;
using ComplaintGrid.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintGrid.Tests.Metrics;

/// <summary>The open-complaints gauge reports what each department view last said, every status, zero when not said.</summary>
public sealed class ComplaintGridMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IMeterFactory _meters;
    private readonly ComplaintGridMetrics _metrics;

    public ComplaintGridMetricsTests()
    {
        _meters = _services.GetRequiredService<IMeterFactory>();
        _metrics = new ComplaintGridMetrics(_meters);
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public void ReportOpen_CountsByStatus_AreObservedPerDepartmentAndStatus()
    {
        var counts = new int[(int)ComplaintStatus.Closed + 1];
        counts[(int)ComplaintStatus.Received] = 3;
        counts[(int)ComplaintStatus.Investigating] = 2;

        _metrics.ReportOpen("finance", counts);
        counts[(int)ComplaintStatus.Received] = 99; // the caller's array is its own: what was reported stays

        var open = ObserveOpen();
        Assert.Equal(3, open[("finance", "Received")]);
        Assert.Equal(2, open[("finance", "Investigating")]);
        Assert.Equal(0, open[("finance", "Acknowledged")]);
        Assert.False(open.ContainsKey(("finance", "Closed")));
        Assert.Equal((int)ComplaintStatus.Closed, open.Count); // every open status, none left out
    }

    [Fact]
    public void ReportOpen_NothingAfterCounts_ReportsZeroForEveryStatus()
    {
        _metrics.ReportOpen("logistics", [0, 4, 1]);
        _metrics.ReportOpen("logistics", []);

        Assert.All(ObserveOpen(), p => Assert.Equal(0, p.Value));
    }

    private Dictionary<(string Department, string Status), int> ObserveOpen()
    {
        var observed = new Dictionary<(string, string), int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter: silos of other tests in this process publish a meter of the same name.
            if (ReferenceEquals(instrument.Meter.Scope, _meters) && instrument.Name == "complaintgrid.complaints.open")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            string? department = null, status = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "department")
                    department = (string?)tag.Value;
                else if (tag.Key == "status")
                    status = (string?)tag.Value;
            }
            observed[(department!, status!)] = value;
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return observed;
    }
}
