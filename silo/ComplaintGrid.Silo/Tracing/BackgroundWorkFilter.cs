using System.Diagnostics;
using OpenTelemetry;
using Orleans.Diagnostics;

namespace ComplaintGrid.Silo.Tracing;

/// <summary>
/// Keeps background work out of the traces. A grain call with no trace before it (the live feed polling its views
/// every second, timers, Orleans' own housekeeping) would start a trace of its own several times a second and bury the
/// requests worth reading; it is marked not recorded when it starts, so neither it nor anything it calls is exported.
/// Traces still start at HTTP requests, at calls from a traced client, and at ComplaintGrid's own spans.
/// </summary>
internal sealed class BackgroundWorkFilter : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        if (data.ParentSpanId != default || !IsGrainCall(data.Source.Name))
            return;
        data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        data.IsAllDataRequested = false;
    }

    private static bool IsGrainCall(string source) =>
        source is ActivitySources.ApplicationGrainActivitySourceName or ActivitySources.RuntimeActivitySourceName;
}
