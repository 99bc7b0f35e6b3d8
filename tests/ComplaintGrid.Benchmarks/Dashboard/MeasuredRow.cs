namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>A customer's escalation request and the Stopwatch time its grain call returned (the department had applied it by then).</summary>
internal readonly record struct MeasuredRow(long ReturnedAt, string ComplaintId);
