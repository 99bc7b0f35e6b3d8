namespace ComplaintGrid;

/// <summary>Clock breaches in a period, by clock.</summary>
/// <param name="FirstResponse">First-response clocks breached.</param>
/// <param name="CustomerUpdate">Customer-update clocks breached.</param>
/// <param name="Resolution">Resolution clocks breached.</param>
[GenerateSerializer, Immutable, Alias("cg.BreachCounts")]
public sealed record BreachCounts(
    [property: Id(0)] int FirstResponse,
    [property: Id(1)] int CustomerUpdate,
    [property: Id(2)] int Resolution);
