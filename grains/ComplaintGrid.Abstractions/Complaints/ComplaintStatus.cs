namespace ComplaintGrid;

/// <summary>Where a complaint stands in its lifecycle.</summary>
[GenerateSerializer, Alias("cg.ComplaintStatus")]
public enum ComplaintStatus
{
    /// <summary>Recorded at intake, not yet acknowledged to the customer.</summary>
    Received = 0,
    /// <summary>The customer has been told it is being handled.</summary>
    Acknowledged = 1,
    /// <summary>Judged upheld or not, typed and its cause named.</summary>
    Assessed = 2,
    /// <summary>Routed to the responsible department.</summary>
    Assigned = 3,
    /// <summary>The department is investigating the root cause.</summary>
    Investigating = 4,
    /// <summary>A remedy is proposed and may be implemented.</summary>
    RemedyProposed = 5,
    /// <summary>A remedy waits for a supervisor's approval.</summary>
    AwaitingApproval = 6,
    /// <summary>The remedy is being carried out.</summary>
    Implementing = 7,
    /// <summary>The remedy is done and the customer informed; waiting for feedback.</summary>
    Resolved = 8,
    /// <summary>The customer was not satisfied; the complaint must be routed again.</summary>
    Reopened = 9,
    /// <summary>Waiting on the customer; clocks are paused.</summary>
    OnHold = 10,
    /// <summary>Finished, with an outcome.</summary>
    Closed = 11,
}
