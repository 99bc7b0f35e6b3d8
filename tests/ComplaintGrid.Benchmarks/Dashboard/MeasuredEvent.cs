namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>A Filed or Resolved event and the Stopwatch time its grain call returned (the department had applied it by then).</summary>
internal readonly record struct MeasuredEvent(long ReturnedAt, int Department);
