namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>An agent's step the cluster acknowledged: the event it answered with, which the complaint must keep.</summary>
public sealed record AcknowledgedStep(string ComplaintId, TimelineEntry Event, DateTimeOffset At);
