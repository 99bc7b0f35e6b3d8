namespace ComplaintGrid.Simulator;

/// <summary>The host's compressed clock for the hosted simulator, or null when the host runs on real time.</summary>
/// <param name="Clock">The clock shared with the silo's deadlines.</param>
internal sealed record SimulatorHostClock(ScaledTimeProvider? Clock);
