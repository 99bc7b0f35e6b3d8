using ComplaintGrid.Grains;

namespace ComplaintGrid.Benchmarks.Memory;

/// <summary>How many complaint grains are active in the cluster, from Orleans' management grain.</summary>
internal static class ActivationCount
{
    // Orleans names a grain class by its full name and assembly: "ComplaintGrid.Grains.ComplaintGrain,ComplaintGrid.Grains".
    private static readonly string ComplaintGrainType = $"{typeof(ComplaintGrain).FullName},{typeof(ComplaintGrain).Assembly.GetName().Name}";

    public static async Task<long> Complaints(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType == ComplaintGrainType).Sum(s => (long)s.ActivationCount);
    }
}
