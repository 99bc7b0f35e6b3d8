namespace ComplaintGrid;

/// <summary>One deadline clock of a complaint.</summary>
/// <param name="Kind">Which clock.</param>
/// <param name="State">Running, paused or stopped.</param>
/// <param name="Allowance">The allowance for this complaint's severity and department.</param>
/// <param name="Elapsed">Time counted so far (pauses excluded).</param>
/// <param name="DueAt">When it breaches if it keeps running; null when not running.</param>
/// <param name="Level">The highest level reached in this run.</param>
/// <param name="Met">For a stopped clock: whether it was met within its allowance.</param>
/// <param name="DueLocal">The due instant in the department's time zone (with that zone's offset); null when not running or the department has no calendar.</param>
/// <param name="TimeZone">The department's IANA time zone id, when its department has a calendar.</param>
[GenerateSerializer, Immutable, Alias("cg.ClockView")]
public sealed record ClockView(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] ClockState State,
    [property: Id(2)] TimeSpan Allowance,
    [property: Id(3)] TimeSpan Elapsed,
    [property: Id(4)] DateTimeOffset? DueAt,
    [property: Id(5)] EscalationLevel Level,
    [property: Id(6)] bool? Met,
    [property: Id(7)] DateTimeOffset? DueLocal = null,
    [property: Id(8)] string? TimeZone = null);
