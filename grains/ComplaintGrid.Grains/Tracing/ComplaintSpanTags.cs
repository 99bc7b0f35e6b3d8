using System.Diagnostics;
using ComplaintGrid.Tracing;
using Orleans.Diagnostics;

namespace ComplaintGrid.Grains.Tracing;

/// <summary>
/// Tags Orleans' span of each grain call that concerns a complaint with <see cref="ComplaintGridTracing.ComplaintIdTag"/>:
/// calls to a complaint grain, and deliveries of a complaint's events to its views and webhook queues. Only the opaque
/// id is read; arguments are never copied onto the span. Runs after Orleans' own propagation filter (registered after
/// it), so the current activity is that call's span; any other current activity is left alone.
/// </summary>
internal sealed class ComplaintSpanTags : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        Tag(context);
        return context.Invoke();
    }

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        Tag(context);
        return context.Invoke();
    }

    private static void Tag(IGrainCallContext context)
    {
        if (Activity.Current is not { IsAllDataRequested: true } span || !IsGrainCallSpan(span))
            return;
        if (ComplaintOf(context) is { } complaintId)
            span.SetTag(ComplaintGridTracing.ComplaintIdTag, complaintId);
    }

    private static bool IsGrainCallSpan(Activity span) =>
        span.Source.Name is ActivitySources.ApplicationGrainActivitySourceName or ActivitySources.RuntimeActivitySourceName;

    private static string? ComplaintOf(IGrainCallContext context)
    {
        if (context.Grain is IComplaintGrain)
            return context.TargetId.Key.ToString();
        var request = context.Request;
        for (var i = 0; i < request.GetArgumentCount(); i++)
        {
            if (request.GetArgument(i) is IReadOnlyList<ComplaintEvent> { Count: > 0 } events)
                return events[0].ComplaintId;
        }
        return null;
    }
}
