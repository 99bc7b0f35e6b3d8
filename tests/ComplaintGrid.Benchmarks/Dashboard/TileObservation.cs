namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// One department tile as a client received it: when the frame arrived (Stopwatch ticks, the driver's clock too)
/// and the tile's count of filed-plus-resolved complaints, which only rises during a run.
/// </summary>
internal readonly record struct TileObservation(long ArrivedAt, int Department, int Count);
