namespace ComplaintGrid.Simulator;

/// <summary>
/// How long a complaint waits, in simulated time, before its next step: queueing and work together, drawn from a
/// log-normal per step (medians from minutes to hours; a long tail). Keyed by the status the complaint is in.
/// </summary>
public static class HandlingTimes
{
    /// <summary>Spread of the logarithm for agents' work: roughly a third of draws fall outside half to twice the median.</summary>
    private const double AgentSpread = 0.8;

    /// <summary>Customers answer less predictably than agents work.</summary>
    private const double CustomerSpread = 1.0;

    /// <summary>The distribution of the wait before the next step from <paramref name="status"/>.</summary>
    public static LogNormal For(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => new(TimeSpan.FromMinutes(25), AgentSpread),
        ComplaintStatus.Acknowledged => new(TimeSpan.FromMinutes(40), AgentSpread),
        ComplaintStatus.Assessed or ComplaintStatus.Reopened => new(TimeSpan.FromMinutes(15), AgentSpread),
        ComplaintStatus.Assigned => new(TimeSpan.FromMinutes(50), AgentSpread),
        ComplaintStatus.Investigating => new(TimeSpan.FromHours(2), AgentSpread),
        ComplaintStatus.AwaitingApproval => new(TimeSpan.FromHours(1.5), AgentSpread),
        ComplaintStatus.RemedyProposed => new(TimeSpan.FromMinutes(30), AgentSpread),
        ComplaintStatus.Implementing => new(TimeSpan.FromHours(3), AgentSpread),
        ComplaintStatus.OnHold => CustomerReply,
        ComplaintStatus.Resolved => CustomerReply,
        _ => new(TimeSpan.FromMinutes(20), AgentSpread),
    };

    /// <summary>A customer's answer to a question or to "are you satisfied?".</summary>
    public static LogNormal CustomerReply { get; } = new(TimeSpan.FromHours(5), CustomerSpread);

    /// <summary>A bad-faith complainant's next claim with the same story after the previous one.</summary>
    public static LogNormal RepeatClaim { get; } = new(TimeSpan.FromHours(3), CustomerSpread);

    /// <summary>How long an outage storm lasts.</summary>
    public static LogNormal OutageStorm { get; } = new(TimeSpan.FromMinutes(45), 0.5);
}
