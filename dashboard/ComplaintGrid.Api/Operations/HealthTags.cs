namespace ComplaintGrid.Api.Operations;

/// <summary>Tags that choose which health checks each endpoint runs.</summary>
public static class HealthTags
{
    /// <summary>Checks that decide readiness: a host failing one is taken out of the load balancer, not restarted.</summary>
    public const string Ready = "ready";
}
