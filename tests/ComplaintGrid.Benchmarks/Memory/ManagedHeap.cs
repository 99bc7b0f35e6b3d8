namespace ComplaintGrid.Benchmarks.Memory;

internal static class ManagedHeap
{
    /// <summary>Live managed bytes after a full, blocking, compacting collection.</summary>
    public static long AfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    public static string MiB(long bytes) => $"{bytes / 1048576.0:N0} MiB";
}
