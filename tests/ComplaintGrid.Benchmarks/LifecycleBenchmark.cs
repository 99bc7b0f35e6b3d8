using System.Diagnostics;

namespace ComplaintGrid.Benchmarks;

/// <summary>
/// Runs full complaint lifecycles (file → … → close, 11 events each) through the hosted client and measures
/// lifecycle events per second and bytes allocated per lifecycle (whole process, so grains, views and Orleans count).
/// </summary>
internal sealed class LifecycleBenchmark(IGrainFactory grains, int concurrency)
{
    public const int EventsPerLifecycle = 11;

    public async Task<BenchmarkResult> Run(string name, int lifecycles)
    {
        var next = -1;
        var runId = Guid.NewGuid().ToString("N")[..8];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < lifecycles)
                await OneLifecycle(runId, i);
        })));

        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new BenchmarkResult(name, lifecycles, lifecycles * EventsPerLifecycle, stopwatch.Elapsed, allocated / lifecycles);
    }

    private async Task OneLifecycle(string runId, int i)
    {
        var filing = new FileComplaint($"bench-{runId}-{i % 5000}", Channel.Phone, SubjectKind.Order, $"ORD-{i}",
            "The parcel arrived broken.", Demand.Refund, (Category)(i % 6), (Severity)(i % 3), $"{runId}-{i}");
        var grain = grains.GetGrain<IComplaintGrain>(ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey));
        await grain.File(filing);
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, null, [], null));
        await grain.Route(new RouteComplaint("agent-1", null));
        await grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        var eightD = filing.Category == Category.ProductQuality ? new EightDReport("QA", "Defect", "Held", "Tooling", "New tooling", null, null) : null;
        await grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier error.", "courier", eightD));
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 20m, "Refund."));
        await grain.StartImplementation(new StartImplementation("agent-7"));
        await grain.Resolve(new ResolveComplaint("agent-7", "Refunded."));
        await grain.RecordFeedback(new RecordFeedback(true, null));
        await grain.Close(new CloseComplaint("lead-1", "Lesson.", "Prevention.", "Verified."));
    }
}
