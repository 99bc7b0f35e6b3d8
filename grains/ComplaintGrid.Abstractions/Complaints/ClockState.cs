namespace ComplaintGrid;

/// <summary>Whether a clock is counting.</summary>
[GenerateSerializer, Alias("cg.ClockState")]
public enum ClockState
{
    /// <summary>Counting time.</summary>
    Running = 0,
    /// <summary>Paused while waiting on the customer.</summary>
    Paused = 1,
    /// <summary>Met or no longer relevant.</summary>
    Stopped = 2,
}
