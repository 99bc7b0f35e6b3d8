namespace ComplaintGrid;

/// <summary>The three deadlines every complaint runs against.</summary>
[GenerateSerializer, Alias("cg.ClockKind")]
public enum ClockKind
{
    /// <summary>From filing until the customer is acknowledged.</summary>
    FirstResponse = 0,
    /// <summary>From the last contact until the customer next hears of progress, while open.</summary>
    CustomerUpdate = 1,
    /// <summary>From filing until the complaint is resolved.</summary>
    Resolution = 2,
}
