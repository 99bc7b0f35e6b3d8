using System.Diagnostics;
using ComplaintGrid.Tracing;
using OpenTelemetry;

namespace ComplaintGrid.Silo.Tracing;

/// <summary>
/// The last step before export: removes what instrumentation outside ComplaintGrid may record that can carry personal
/// data. Query strings hold search and filter values (names, emails); exception messages and error descriptions can
/// quote input. Paths, routes, methods, status codes, ids and exception types stay.
/// </summary>
internal sealed class SpanScrubber : BaseProcessor<Activity>
{
    private static readonly string[] RemovedTags = ["url.query", "exception.message", "exception.stacktrace"];

    public override void OnEnd(Activity data)
    {
        foreach (var key in RemovedTags)
        {
            if (data.GetTagItem(key) is not null)
                data.SetTag(key, null);
        }
        if (data.GetTagItem("url.full") is string full && full.IndexOf('?', StringComparison.Ordinal) is var query and >= 0)
            data.SetTag("url.full", full[..query]);
        if (data.Status == ActivityStatusCode.Error && data.StatusDescription is not null && data.Source.Name != ComplaintGridTracing.ActivitySourceName)
            data.SetStatus(ActivityStatusCode.Error);
    }
}
