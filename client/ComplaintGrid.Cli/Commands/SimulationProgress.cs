namespace ComplaintGrid.Cli.Commands;

/// <summary>One progress tick of <c>simulate</c>: what this CLI did, and what the whole cluster now holds.</summary>
internal sealed record SimulationProgress(double ElapsedSeconds, long Filed, long Steps, double EventsPerSecond, int Open, int Breached);
