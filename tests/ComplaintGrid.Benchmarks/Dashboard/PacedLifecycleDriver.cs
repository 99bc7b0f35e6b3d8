using System.Collections.Concurrent;
using System.Diagnostics;

namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// Drives full complaint lifecycles (11 events each, as in <see cref="LifecycleBenchmark"/>) through the host's
/// <see cref="IGrainFactory"/> at a steady rate: event n is due at start + n / rate, and a worker sends it then, or
/// at once when the machine is behind. Many workers, because each complaint's events must follow one another;
/// when they cannot keep up the achieved rate is what the machine reached, and the run reports it.
/// </summary>
internal sealed class PacedLifecycleDriver(IGrainFactory grains, IReadOnlyDictionary<string, int> departments, int workers)
{
    /// <summary>Every this many lifecycles, the customer asks for escalation once the complaint is acknowledged.</summary>
    public const int EscalationEvery = 10;

    /// <summary>Filed and Resolved events with the time their call returned, in the order they returned.</summary>
    public ConcurrentQueue<MeasuredEvent> Measured { get; } = new();

    /// <summary>Customers' escalation requests with the time their call returned: each makes a row in the escalation feed.</summary>
    public ConcurrentQueue<MeasuredRow> MeasuredRows { get; } = new();

    public async Task<(int Events, TimeSpan Elapsed)> Run(double rate, TimeSpan duration)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var ticketsDue = (long)(rate * duration.TotalSeconds);
        long nextTicket = -1;
        var events = 0;
        var nextLifecycle = -1;
        var start = Stopwatch.GetTimestamp();

        // Takes the next event's slot and waits for its time; false once the run's events are all handed out.
        async Task<bool> Slot()
        {
            var ticket = Interlocked.Increment(ref nextTicket);
            if (ticket >= ticketsDue)
                return false;
            var due = TimeSpan.FromSeconds(ticket / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            return true;
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var (done, ended) = await OneLifecycle(runId, Interlocked.Increment(ref nextLifecycle), Slot);
                Interlocked.Add(ref events, done);
                if (ended)
                    return;
            }
        })));
        return (events, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Runs one lifecycle, each event in a slot of its own; returns how many events it sent and whether the run ended first.</summary>
    private async Task<(int Events, bool Ended)> OneLifecycle(string runId, int i, Func<Task<bool>> slot)
    {
        var filing = new FileComplaint($"dash-{i % 5000}", Channel.Phone, SubjectKind.Order, $"ORD-{i}",
            "The parcel arrived broken.", Demand.Refund, (Category)(i % 6), (Severity)(i % 3), $"{runId}-{i}");
        var grain = grains.GetGrain<IComplaintGrain>(await BenchComplaintIds.For(grains, filing));
        var eightD = filing.Category == Category.ProductQuality ? new EightDReport("QA", "Defect", "Held", "Tooling", "New tooling", null, null) : null;
        Func<Task<ComplaintView>>[] steps =
        [
            () => grain.File(filing),
            () => grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it.")),
            () => grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, null, [], null)),
            () => grain.Route(new RouteComplaint("agent-1", null)),
            () => grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7")),
            () => grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier error.", "courier", eightD)),
            () => grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 20m, "Refund.")),
            () => grain.StartImplementation(new StartImplementation("agent-7")),
            () => grain.Resolve(new ResolveComplaint("agent-7", "Refunded.")),
            () => grain.RecordFeedback(new RecordFeedback(true, null)),
            () => grain.Close(new CloseComplaint("lead-1", "Lesson.", "Prevention.", "Verified.")),
        ];
        if (i % EscalationEvery == 0)
            steps = [.. steps[..2], () => grain.RequestEscalation(new RequestEscalation(filing.CustomerId, "Nobody called back.")), .. steps[2..]];
        var filed = 0;
        var resolved = steps.Length - 3;
        var escalated = i % EscalationEvery == 0 ? 2 : -1;
        for (var step = 0; step < steps.Length; step++)
        {
            if (!await slot())
                return (step, true);
            var view = await steps[step]();
            // The complaint delivers to its department before it answers, so the tile's count includes this event now.
            if (step == filed || step == resolved)
                Measured.Enqueue(new MeasuredEvent(Stopwatch.GetTimestamp(), departments[view.DepartmentId]));
            else if (step == escalated)
                MeasuredRows.Enqueue(new MeasuredRow(Stopwatch.GetTimestamp(), view.Id));
        }
        return (steps.Length, false);
    }
}
