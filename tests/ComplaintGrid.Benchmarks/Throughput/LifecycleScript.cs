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

    /// <summary>
    /// Runs lifecycle <paramref name="i"/> of run <paramref name="runId"/>, calling <paramref name="eventDone"/> after each
    /// event and awaiting <paramref name="beforeEvent"/> before each (the soak paces events with it; it may throw to end
    /// the lifecycle), for one of <paramref name="customers"/> customers (<see cref="Customers"/> unless given).
    /// </summary>
    public static async Task Run(IGrainFactory grains, string runId, int i, Action? eventDone = null, Func<Task>? beforeEvent = null, int customers = Customers)
    {
        eventDone ??= static () => { };
        beforeEvent ??= static () => Task.CompletedTask;
        var filing = new FileComplaint($"bench-{runId}-{i % customers}", Channel.Phone, SubjectKind.Order, $"ORD-{i}",
            "The parcel arrived broken.", Demand.Refund, (Category)(i % 6), (Severity)(i % 3), $"{runId}-{i}");
        var grain = grains.GetGrain<IComplaintGrain>(ComplaintIds.For(filing.CustomerId, filing.IdempotencyKey));
        await beforeEvent();
        await grain.File(filing);
        eventDone();
        await beforeEvent();
        await grain.Acknowledge(new AcknowledgeComplaint("agent-1", "On it."));
        eventDone();
        await beforeEvent();
        await grain.Assess(new AssessComplaint("agent-1", true, ComplaintType.Substantive, Cause.System, null, [], null));
        eventDone();
        await beforeEvent();
        await grain.Route(new RouteComplaint("agent-1", null));
        eventDone();
        await beforeEvent();
        await grain.StartInvestigation(new StartInvestigation("lead-1", "agent-7"));
        eventDone();
        var eightD = filing.Category == Category.ProductQuality ? new EightDReport("QA", "Defect", "Held", "Tooling", "New tooling", null, null) : null;
        await beforeEvent();
        await grain.RecordInvestigation(new RecordInvestigation("agent-7", "Courier error.", "courier", eightD));
        eventDone();
        await beforeEvent();
        await grain.ProposeRemedy(new ProposeRemedy("agent-7", RemedyKind.Refund, 20m, "Refund."));
        eventDone();
        await beforeEvent();
        await grain.StartImplementation(new StartImplementation("agent-7"));
        eventDone();
        await beforeEvent();
        await grain.Resolve(new ResolveComplaint("agent-7", "Refunded."));
        eventDone();
        await beforeEvent();
        await grain.RecordFeedback(new RecordFeedback(true, null));
        eventDone();
        await beforeEvent();
        await grain.Close(new CloseComplaint("lead-1", "Lesson.", "Prevention.", "Verified."));
        eventDone();
    }
}
