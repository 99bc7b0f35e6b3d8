namespace ComplaintGrid;

/// <summary>
/// When each of a complaint's clocks breaches if it keeps running, after an event: what a department's breach forecast
/// reads. A clock that is paused, stopped or not yet started has none.
/// </summary>
/// <param name="FirstResponse">The first-response clock's breach instant.</param>
/// <param name="CustomerUpdate">The customer-update clock's breach instant.</param>
/// <param name="Resolution">The resolution clock's breach instant.</param>
[GenerateSerializer, Immutable, Alias("cg.ClockDues")]
public sealed record ClockDues(
    [property: Id(0)] DateTimeOffset? FirstResponse,
    [property: Id(1)] DateTimeOffset? CustomerUpdate,
    [property: Id(2)] DateTimeOffset? Resolution)
{
    /// <summary>The breach instant of <paramref name="kind"/>'s clock, if it runs.</summary>
    public DateTimeOffset? For(ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse => FirstResponse,
        ClockKind.CustomerUpdate => CustomerUpdate,
        _ => Resolution,
    };
}
