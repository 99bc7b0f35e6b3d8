namespace ComplaintGrid.Benchmarks;

internal sealed record BenchmarkResult(string Name, int Lifecycles, int Events, TimeSpan Elapsed, long BytesPerLifecycle)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;
}
