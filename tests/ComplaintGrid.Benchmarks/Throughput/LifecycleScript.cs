namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// One full complaint lifecycle through <see cref="IComplaintGrain"/>: file → acknowledge → assess → route → start
/// investigation → record investigation → propose remedy → start implementation → resolve → feedback → close.
/// </summary>
internal static class LifecycleScript
{
    public const int Events = 11;

    /// <summary>Customers the lifecycles are spread over (the simulator's scale); each has one customer view grain.</summary>
    public const int Customers = 5_000;

    /// <summary>The lifecycle's steps in order, each one event of the complaint filed by the given filing.</summary>
    public static readonly IReadOnlyList<Func<IComplaintGrain, FileComplaint, Task>> Steps =
    [
        (grain, filing) => grain.File(filing),
        (grain, _) => grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it.")),
        (grain, _) => grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, null, [], null)),
        (grain, _) => grain.Route(new RouteComplaint("agent-1", null)),
        (grain, _) => grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7")),
        (grain, filing) => grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier error.", "courier",
            filing.Category == Category.ProductQuality ? new EightDReport("QA", "Defect", "Held", "Tooling", "New tooling", null, null) : null)),
        (grain, _) => grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 20m, "Refund.")),
        (grain, _) => grain.StartImplementation(new StartImplementation("agent-7")),
        (grain, _) => grain.Resolve(new ResolveComplaint("agent-7", "Refunded.")),
        (grain, _) => grain.RecordFeedback(new RecordFeedback(true, null)),
        (grain, _) => grain.Close(new CloseComplaint("lead-1", "Lesson.", "Prevention.", "Verified.")),
    ];

    /// <summary>Lifecycle <paramref name="i"/>'s filing, for one of <paramref name="customers"/> customers.</summary>
    public static FileComplaint Filing(string runId, int i, int customers = Customers) =>
        new($"bench-{runId}-{i % customers}", Channel.Phone, SubjectKind.Order, $"ORD-{i}",
            "The parcel arrived broken.", Demand.Refund, (Category)(i % 6), (Severity)(i % 3), $"{runId}-{i}");

    /// <summary>The complaint grain that <paramref name="filing"/> files.</summary>
    public static async Task<IComplaintGrain> GrainFor(IGrainFactory grains, FileComplaint filing) =>
        grains.GetGrain<IComplaintGrain>(await BenchComplaintIds.For(grains, filing));

    /// <summary>
    /// Runs lifecycle <paramref name="i"/> of run <paramref name="runId"/>, calling <paramref name="eventDone"/> after each
    /// event and awaiting <paramref name="beforeEvent"/> before each (the soak paces events with it; it may throw to end
    /// the lifecycle), for one of <paramref name="customers"/> customers (<see cref="Customers"/> unless given).
    /// </summary>
    public static async Task Run(IGrainFactory grains, string runId, int i, Action? eventDone = null, Func<Task>? beforeEvent = null, int customers = Customers)
    {
        var filing = Filing(runId, i, customers);
        var grain = await GrainFor(grains, filing);
        foreach (var step in Steps)
        {
            if (beforeEvent is not null)
                await beforeEvent();
            await step(grain, filing);
            eventDone?.Invoke();
        }
    }
}
